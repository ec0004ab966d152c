package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Probe;
import java.util.List;

/** D15: a depth-20 sigmoid net, plain vs residual blocks h + σ(W h + b): the identity path carries the gradient. */
final class D15Residual extends BaseDemo {

    D15Residual() {
        super("D15", Text.of("잔차 연결: 항등 경로로 기울기가 흐른다", "Residual connections: the identity path carries the gradient"),
                List.of("B05"), 0.02);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        NetSpec plain = DemoKit.spiral(20, 32, Activation.SIGMOID, Init.XAVIER);
        Probe p = DemoKit.atInit(plain, seed, DemoKit.SPIRALS);
        Probe r = DemoKit.atInit(plain.withResidual(true), seed, DemoKit.SPIRALS);
        out.metric("plain_w_ratio", p.wRatio());
        out.metric("plain_d_ratio", p.dRatio());
        out.metric("res_w_ratio", r.wRatio());
        out.metric("res_d_ratio", r.dRatio());
        out.profile(p.profile("sigmoid, plain"));
        out.profile(r.profile("sigmoid, residual"));
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String p = Fmt.num(m.get("plain_d_ratio"));
        String r = Fmt.num(m.get("res_d_ratio"));
        return Text.of("20층 시그모이드: 1층 δ/출력층 δ가 일반 망 " + p + ", 잔차 연결 " + r + " → 항등 경로가 기울기를 그대로 전달",
                "depth-20 sigmoid: layer-1 δ / output δ is " + p + " plain vs " + r + " with residual connections → the "
                        + "identity path passes the gradient straight through");
    }
}
