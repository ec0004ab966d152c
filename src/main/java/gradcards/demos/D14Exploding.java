package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Network;
import gradcards.trainer.Probe;
import gradcards.trainer.Trainer;
import java.util.List;

/** D14: ReLU depth 10 with 2× He weights — gradients explode and training diverges unless the global norm is clipped. */
final class D14Exploding extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(100, 0.01);
    private static final Init TWICE_HE = Init.HE.times(2);
    /** A BCE loss this large needs logits of the same size: the weights have blown up. */
    static final double BLOW_UP = 1e12;

    D14Exploding() {
        super("D14", Text.of("기울기 폭주와 그래디언트 클리핑", "Exploding gradients and gradient clipping"),
                List.of("S41", "S42", "S43", "B04", "B24"), 0.08);
    }

    private static NetSpec spec(Init init) {
        return DemoKit.spiral(10, 32, Activation.RELU, init);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Probe big = DemoKit.atInit(spec(TWICE_HE), seed, DemoKit.SPIRALS);
        Probe he = DemoKit.atInit(spec(Init.HE), seed, DemoKit.SPIRALS);
        out.metric("d_ratio", big.dRatio());
        out.metric("w_ratio", big.wRatio());
        out.metric("gnorm_x2/gnorm_he", big.gnorm() / he.gnorm());
        out.metric("loss@0", big.loss());
        out.profile(big.profile("relu + 2×He"));
        out.profile(he.profile("relu + He"));
        config(seed, CONFIG, "noclip_", "no clipping", progress, out);
        config(seed, CONFIG.withClip(1.0), "clip1_", "clip 1.0", progress, out);
    }

    private static void config(long seed, Trainer.Config c, String prefix, String label, Progress progress,
                               RunBuilder out) {
        Network net = DemoKit.network(spec(TWICE_HE), seed);
        Trainer.Result r = DemoKit.train(net, DemoKit.SPIRALS, c, label, progress);
        out.metric(prefix + "diverged", DemoKit.flag(diverged(r.curve())));
        out.metric(prefix + "loss@100", DemoKit.last(r.curve()));
        out.curve(label, r.curve());
    }

    /**
     * Whether a run diverged: its loss became non-finite or exceeded {@link #BLOW_UP} at some step. Without clipping,
     * some seeds climb to 1e60–1e268 and then every ReLU dies, leaving a finite loss of ln 2; that counts as diverged.
     */
    static boolean diverged(double[] curve) {
        for (double v : curve) {
            if (!(v <= BLOW_UP)) return true;
        }
        return false;
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(spec(TWICE_HE), DemoKit.SPIRALS, CONFIG);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String d = Fmt.num(m.get("d_ratio"));
        String g = Fmt.num(m.get("gnorm_x2/gnorm_he"));
        boolean nd = m.get("noclip_diverged") > 0;
        String cl = Fmt.num(m.get("clip1_loss@100"));
        return Text.of("He의 2배 가중치: δ 비율 " + d + ", 기울기 크기는 He의 " + g + "배; 클리핑 없이는 "
                        + (nd ? "손실이 발산(1e12 이상 또는 inf)" : "이번 시드에서는 발산하지 않음") + ", 클리핑 1.0으로 100단계 후 손실 " + cl,
                "2× He weights: δ ratio " + d + ", gradient norm " + g + "× He's; without clipping "
                        + (nd ? "the loss blows up (past 1e12 or to inf)" : "this seed happens not to diverge") + ", with clip 1.0 the loss is "
                        + cl + " after 100 steps");
    }
}
