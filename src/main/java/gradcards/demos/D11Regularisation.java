package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Init;
import gradcards.trainer.Network;
import gradcards.trainer.Param;
import gradcards.trainer.Penalty;
import gradcards.trainer.Trainer;
import java.util.List;

/** D11: L2 and L1 penalties shrink (L1: sparsify) the weights and lower the validation loss, but cure no vanishing. */
final class D11Regularisation extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(300, 0.02);
    private static final Penalty L2 = new Penalty(0, 1e-2);
    private static final Penalty L1 = new Penalty(1e-3, 0);

    D11Regularisation() {
        super("D11", Text.of("L1·L2 규제: 작고 희소한 가중치, 그러나 기울기 해법은 아님", "L1 / L2: smaller, sparser weights; no gradient cure"),
                List.of("S34", "S35", "S36", "S37"), 0.15);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        overfit(seed, Penalty.NONE, "none", progress, out);
        overfit(seed, L2, "l2", progress, out);
        overfit(seed, L1, "l1", progress, out);
        sigmoid(seed, Penalty.NONE, "none", progress, out);
        sigmoid(seed, L2, "l2", progress, out);
    }

    private static void overfit(long seed, Penalty penalty, String name, Progress progress, RunBuilder out) {
        Network net = DemoKit.network(DemoKit.teacherNet(), seed);
        Trainer.Result r = DemoKit.train(net, DemoKit.trainSet(), CONFIG.withPenalty(penalty), name, progress);
        out.arm(name, r.diverged()).metric(name + "_val_loss", net.evaluate(DemoKit.valSet()).loss())
                .metric(name + "_|W|", weightNorm(net)).metric(name + "_frac|w|<1e-3", smallShare(net, 1e-3));
        out.curve("relu 8-32-32-1, " + name, r.curve());
    }

    private static void sigmoid(long seed, Penalty penalty, String name, Progress progress, RunBuilder out) {
        Network net = DemoKit.network(DemoKit.spiral(10, 16, Activation.SIGMOID, Init.XAVIER), seed);
        Trainer.Config c = Trainer.Config.of(100, 0.1).withPenalty(penalty);
        Trainer.Result r = DemoKit.train(net, DemoKit.SPIRALS, c, "sigmoid, " + name, progress);
        var probe = GradientProbe.read(net, r.finalLoss());
        out.arm("sig10_" + name, r.diverged()).metric("sig10_" + name + "_w_ratio@100", probe.wRatio());
        out.profile(probe.profile("sigmoid depth 10, " + name + ", step 100"));
    }

    /** ‖W‖ = √(Σ w²) over all weight matrices. */
    static double weightNorm(Network net) {
        double s = 0;
        for (Param p : net.weights()) s += gradcards.trainer.Mat.sumSquares(p.value());
        return Math.sqrt(s);
    }

    /** The share of weights with |w| below the threshold. */
    static double smallShare(Network net, double threshold) {
        long small = 0;
        long all = 0;
        for (Param p : net.weights()) {
            for (double[] row : p.value()) {
                for (double w : row) {
                    if (Math.abs(w) < threshold) small++;
                    all++;
                }
            }
        }
        return small / (double) all;
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(DemoKit.teacherNet(), DemoKit.trainSet(), CONFIG.withPenalty(new Penalty(1e-3, 1e-2)));
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String vn = Fmt.num(m.get("none_val_loss"));
        String v2 = Fmt.num(m.get("l2_val_loss"));
        String s1 = Fmt.pct(m.get("l1_frac|w|<1e-3"));
        String wn = Fmt.num(m.get("sig10_none_w_ratio@100"));
        String w2 = Fmt.num(m.get("sig10_l2_w_ratio@100"));
        return Text.of("L2: 검증 손실 " + vn + " → " + v2 + "; L1: 가중치의 " + s1 + "가 |w| < 1e-3; 그러나 시그모이드 10층의 1층 기울기 비율은 "
                        + wn + " → L2 " + w2 + " → 규제는 과대적합 방지책이지 소멸 해법이 아니다",
                "L2: validation loss " + vn + " → " + v2 + "; L1: " + s1 + " of weights below 1e-3; but the depth-10 sigmoid "
                        + "layer-1 ratio goes " + wn + " → " + w2 + " with L2 → penalties fight overfitting, not vanishing");
    }
}
