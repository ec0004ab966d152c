package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.Probe;
import java.util.List;

/** D04: ReLU + He init at depth 10 keeps the first layer's gradient on the output layer's scale. */
final class D04ReluHe extends BaseDemo {

    D04ReluHe() {
        super("D04", Text.of("ReLU + He 초기화: 기울기 소멸 해소", "ReLU + He init: no vanishing"),
                List.of("S18", "S19", "B02"), 0.01);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Probe relu = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.RELU, Init.HE), seed, DemoKit.SPIRALS);
        Probe sig = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.SIGMOID, Init.XAVIER), seed, DemoKit.SPIRALS);
        out.metric("w_ratio", relu.wRatio());
        out.metric("d_ratio", relu.dRatio());
        out.metric("dead_frac", relu.deadFrac());
        out.profile(relu.profile("relu + He"));
        out.profile(sig.profile("sigmoid + Xavier"));
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.atInit(DemoKit.spiral(10, 32, Activation.RELU, Init.HE), DemoKit.SPIRALS);
    }

    @Override
    public Text verdict(DemoRun run) {
        String w = Fmt.num(run.metrics().get("w_ratio"));
        String d = Fmt.num(run.metrics().get("d_ratio"));
        String sig = Fmt.num(Verdicts.profileWRatio(run, "sigmoid + Xavier"));
        return Text.of("ReLU + He: 1층 기울기는 출력층의 " + w + "배, δ 비율 " + d + " (시그모이드 + Xavier는 " + sig
                        + "배) → 10층에서도 소멸하지 않는다",
                "ReLU + He: layer 1 gets " + w + " of the output layer's gradient, δ ratio " + d + " (sigmoid + Xavier: "
                        + sig + ") → no vanishing at depth 10");
    }
}
