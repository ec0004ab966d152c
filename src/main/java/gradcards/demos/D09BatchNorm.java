package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Network;
import gradcards.trainer.Probe;
import gradcards.trainer.Trainer;
import java.util.List;

/** D09: batch norm on the pre-activations of a depth-10 sigmoid net restores the gradient and lets it train. */
final class D09BatchNorm extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(150, 0.1);

    D09BatchNorm() {
        super("D09", Text.of("배치 정규화: 깊은 시그모이드망의 기울기 회복", "Batch norm in a deep sigmoid net"),
                List.of("S22", "S23", "S24", "S25", "B18"), 0.1);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        NetSpec plain = DemoKit.spiral(10, 16, Activation.SIGMOID, Init.XAVIER);
        config(seed, plain, "plain_", "sigmoid + Xavier", progress, out);
        config(seed, plain.withBatchnorm(true), "bn_", "sigmoid + Xavier + BN", progress, out);
    }

    private static void config(long seed, NetSpec spec, String prefix, String label, Progress progress,
                               RunBuilder out) {
        Network net = DemoKit.network(spec, seed);
        Probe p = GradientProbe.measure(net, DemoKit.SPIRALS);
        Trainer.Result r = DemoKit.train(net, DemoKit.SPIRALS, CONFIG, label, progress);
        out.metric(prefix + "w_ratio", p.wRatio());
        out.metric(prefix + "d_ratio", p.dRatio());
        out.metric(prefix + "loss@150", DemoKit.last(r.curve()));
        out.profile(p.profile(label));
        out.curve(label, r.curve());
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String pw = Fmt.num(m.get("plain_w_ratio"));
        String bw = Fmt.num(m.get("bn_w_ratio"));
        String pl = Fmt.num(m.get("plain_loss@150"));
        String bl = Fmt.num(m.get("bn_loss@150"));
        return Text.of("10층 시그모이드: 1층 기울기/출력층이 BN 없이 " + pw + ", BN으로 " + bw + "; 150단계 후 손실 " + pl + " → " + bl
                        + " → 배치 정규화가 기울기를 되살린다",
                "depth-10 sigmoid: layer-1/output gradient " + pw + " without BN vs " + bw + " with BN; loss after 150 steps "
                        + pl + " → " + bl + " → batch norm revives the gradient");
    }
}
