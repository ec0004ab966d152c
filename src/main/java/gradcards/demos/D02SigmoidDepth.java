package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.Probe;
import java.util.List;

/** D02: a depth-10 sigmoid net (Xavier) at init — layer 1 gets a vanishing share of the output layer's gradient. */
final class D02SigmoidDepth extends BaseDemo {

    D02SigmoidDepth() {
        super("D02", Text.of("깊은 시그모이드망: 층을 내려갈수록 기울기가 소멸", "Sigmoid at depth 10: gradients vanish layer by layer"),
                List.of("S01", "S02", "S06", "S10"), 0.01);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Probe sig = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.SIGMOID, Init.XAVIER), seed, DemoKit.SPIRALS);
        Probe relu = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.RELU, Init.HE), seed, DemoKit.SPIRALS);
        out.metric("w_ratio", sig.wRatio());
        out.metric("d_ratio", sig.dRatio());
        out.metric("per_layer_d_factor", Math.pow(sig.dRatio(), 1.0 / 9));
        out.profile(sig.profile("sigmoid + Xavier"));
        out.profile(relu.profile("relu + He"));
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.atInit(DemoKit.spiral(10, 32, Activation.SIGMOID, Init.XAVIER), DemoKit.SPIRALS);
    }

    @Override
    public Text verdict(DemoRun run) {
        String w = Fmt.num(run.metrics().get("w_ratio"));
        String f = Fmt.num(run.metrics().get("per_layer_d_factor"));
        String relu = Fmt.num(Verdicts.profileWRatio(run, "relu + He"));
        return Text.of("시그모이드: 1층 기울기는 출력층의 " + w + "배(층마다 δ ×" + f + "); ReLU + He: " + relu
                        + "배 → ReLU는 오차 신호를 살린다",
                "sigmoid: layer 1 gets " + w + " of the output layer's gradient (δ ×" + f + " per layer); ReLU + He: "
                        + relu + " → ReLU keeps the error signal alive");
    }
}
