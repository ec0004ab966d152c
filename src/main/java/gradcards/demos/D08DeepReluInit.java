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

/** D08: He et al. 2015 — a 30-layer ReLU net stalls with Xavier init and trains with He init. */
final class D08DeepReluInit extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(150, 0.02);

    D08DeepReluInit() {
        super("D08", Text.of("깊은 ReLU망에는 Xavier가 아니라 He 초기화", "He, not Xavier, for deep ReLU nets (30 layers)"),
                List.of("B02", "B01", "S21"), 0.25);
    }

    private static NetSpec spec(Init init) {
        return DemoKit.spiral(30, 16, Activation.RELU, init);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        config(seed, Init.XAVIER, "xav_", "relu + Xavier", progress, out);
        config(seed, Init.HE, "he__", "relu + He", progress, out);
    }

    private static void config(long seed, Init init, String prefix, String label, Progress progress, RunBuilder out) {
        Network net = DemoKit.network(spec(init), seed);
        Probe p = GradientProbe.measure(net, DemoKit.SPIRALS);
        Trainer.Result r = DemoKit.train(net, DemoKit.SPIRALS, CONFIG, label, progress);
        out.metric(prefix + "out_std", p.outStd());
        out.metric(prefix + "gnorm", p.gnorm());
        out.metric(prefix + "loss@150", DemoKit.last(r.curve()));
        out.profile(p.profile(label));
        out.curve(label, r.curve());
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(spec(Init.XAVIER), DemoKit.SPIRALS, CONFIG);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String xl = Fmt.num(m.get("xav_loss@150"));
        String hl = Fmt.num(m.get("he__loss@150"));
        String xg = Fmt.num(m.get("xav_gnorm"));
        String hg = Fmt.num(m.get("he__gnorm"));
        return Text.of("30층 ReLU: Xavier는 기울기 크기 " + xg + ", 150단계 후 손실 " + xl + "(ln 2 ≈ 0.693에서 정체); He는 "
                        + hg + ", 손실 " + hl + " → 깊은 ReLU망에는 He 초기화",
                "30-layer ReLU: Xavier starts with gradient norm " + xg + " and sits at loss " + xl
                        + " after 150 steps (ln 2 ≈ 0.693, stalled); He: " + hg + ", loss " + hl
                        + " → use He init for deep ReLU nets");
    }
}
