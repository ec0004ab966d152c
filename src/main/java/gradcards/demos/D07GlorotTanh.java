package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Probe;
import java.util.List;

/** D07: Glorot &amp; Bengio's figures 6–7 — tanh, 5 hidden × 64, standard vs normalized (Xavier) init. */
final class D07GlorotTanh extends BaseDemo {

    D07GlorotTanh() {
        super("D07", Text.of("Xavier 초기화가 tanh망의 역전파 기울기를 지킨다", "Xavier init keeps tanh back-propagated gradients (Glorot & Bengio)"),
                List.of("B01", "S21"), 0.01);
    }

    private static NetSpec spec(Init init) {
        return DemoKit.spiral(6, 64, Activation.TANH, init);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Probe std = DemoKit.atInit(spec(Init.STANDARD), seed, DemoKit.SPIRALS);
        Probe xav = DemoKit.atInit(spec(Init.XAVIER), seed, DemoKit.SPIRALS);
        out.metric("std_d_h1/h5", std.deltaRatio(1, 5));
        out.metric("xav_d_h1/h5", xav.deltaRatio(1, 5));
        out.metric("std_w_h2/h5", std.weightRatio(2, 5));
        out.metric("xav_w_h2/h5", xav.weightRatio(2, 5));
        out.profile(std.profile("tanh + standard"));
        out.profile(xav.profile("tanh + Xavier"));
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.atInit(spec(Init.STANDARD), DemoKit.SPIRALS);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String s = Fmt.num(m.get("std_d_h1/h5"));
        String x = Fmt.num(m.get("xav_d_h1/h5"));
        String ws = Fmt.num(m.get("std_w_h2/h5"));
        return Text.of("tanh 5층: δ(h1)/δ(h5)는 표준 초기화 " + s + ", Xavier " + x + " → Xavier가 역전파 기울기를 유지 (가중치 기울기 비율은 둘 다 약 "
                        + ws + ")",
                "tanh, 5 hidden layers: δ(h1)/δ(h5) is " + s + " with standard init vs " + x
                        + " with Xavier → Xavier keeps the back-propagated gradient (weight-gradient ratio ≈ " + ws
                        + " for both)");
    }
}
