package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.Probe;
import java.util.List;

/** D06: N(0, 0.01²) weights at depth 10 — every gradient vanishes, though ReLU's w_ratio hides it (cancellation). */
final class D06SmallInit extends BaseDemo {
    private static final Init SMALL = Init.normal(0.01);

    D06SmallInit() {
        super("D06", Text.of("너무 작은 초기 가중치 N(0, 0.01²): 모든 기울기 소멸", "Small random init N(0, 0.01²): everything vanishes"),
                List.of("S12", "S13", "S21"), 0.01);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Probe sig = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.SIGMOID, SMALL), seed, DemoKit.SPIRALS);
        Probe relu = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.RELU, SMALL), seed, DemoKit.SPIRALS);
        Probe he = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.RELU, Init.HE), seed, DemoKit.SPIRALS);
        out.metric("sigmoid_w_ratio", sig.wRatio());
        out.metric("relu_d_ratio", relu.dRatio());
        out.metric("relu_w_ratio", relu.wRatio());
        out.metric("relu_gnorm_small/he", relu.gnorm() / he.gnorm());
        out.profile(sig.profile("sigmoid + N(0,0.01²)"));
        out.profile(relu.profile("relu + N(0,0.01²)"));
        out.profile(he.profile("relu + He"));
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.atInit(DemoKit.spiral(10, 32, Activation.RELU, SMALL), DemoKit.SPIRALS);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String s = Fmt.num(m.get("sigmoid_w_ratio"));
        String g = Fmt.num(m.get("relu_gnorm_small/he"));
        String w = Fmt.num(m.get("relu_w_ratio"));
        return Text.of("N(0, 0.01²): 시그모이드 1층 기울기는 출력층의 " + s + "배; ReLU 전체 기울기 크기는 He의 " + g
                        + "배인데 w 비율은 " + w + " → 비율만 보면 소멸을 놓친다",
                "N(0, 0.01²): sigmoid layer 1 gets " + s + " of the output layer's gradient; ReLU's whole gradient is "
                        + g + " of He's, yet its w_ratio is " + w + " → the ratio alone misses the vanishing");
    }
}
