package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Network;
import gradcards.trainer.Pretraining;
import gradcards.trainer.Probe;
import gradcards.trainer.Trainer;
import java.util.List;
import java.util.SplittableRandom;

/** D13: greedy layer-wise autoencoder pre-training of a deep sigmoid net, then fine-tuning, vs random init. */
final class D13Pretraining extends BaseDemo {
    private static final NetSpec SPEC = new NetSpec(new int[] {16, 32, 32, 32, 32, 32, 1}, Activation.SIGMOID,
            Init.STANDARD, false, 0.0, false);
    private static final int AE_STEPS = 100;
    private static final double AE_LR = 1.0;
    private static final Trainer.Config FINE_TUNE = Trainer.Config.of(200, 2.0);
    private static final long DECODER_STREAM = 0x5851F42D4C957F2DL;

    D13Pretraining() {
        super("D13", Text.of("비지도 사전학습(오토인코더) 후 미세조정", "Greedy autoencoder pre-training, then fine-tuning"),
                List.of("S26", "S28", "S29", "S30"), 0.23);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        config(DemoKit.network(SPEC, seed), "rand_", "random init", progress, out);
        Network pre = DemoKit.network(SPEC, seed);
        Pretraining.greedy(pre, DemoKit.d13Set().x(), AE_STEPS, AE_LR, Init.STANDARD,
                new SplittableRandom(seed ^ DECODER_STREAM));
        config(pre, "pre_", "pre-trained", progress, out);
    }

    private static void config(Network net, String prefix, String label, Progress progress, RunBuilder out) {
        Probe p = GradientProbe.measure(net, DemoKit.d13Set());
        Trainer.Result r = DemoKit.train(net, DemoKit.d13Set(), FINE_TUNE, label, progress);
        double loss = DemoKit.last(r.curve());
        out.metric(prefix + "w1_norm", p.weightGradNorms()[0]);
        out.metric(prefix + "w_ratio", p.wRatio());
        out.arm(prefix.substring(0, prefix.length() - 1), r.diverged()).metric(prefix + "loss@200", loss)
                .metric(prefix + "success(<0.3)", DemoKit.flag(loss < 0.3));
        out.profile(p.profile(label));
        out.curve(label, r.curve());
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String rl = Fmt.num(m.get("rand_loss@200"));
        String pl = Fmt.num(m.get("pre_loss@200"));
        return Text.of("6층 시그모이드망, 미세조정 200단계 후 손실: 무작위 초기화 " + rl + ", 오토인코더 사전학습 " + pl
                        + " → 사전학습은 도움이 되지만 매번 성공하지는 않는다(여러 시드로 확인)",
                "depth-6 sigmoid net, loss after 200 fine-tuning steps: random init " + rl + ", autoencoder pre-trained "
                        + pl + " → pre-training helps, but not reliably (try --seeds 10)");
    }
}
