package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Network;
import gradcards.trainer.Probe;
import gradcards.trainer.Trainer;
import java.util.List;

/** D10: dropout lowers the validation loss of an overfitting net but leaves a deep sigmoid net's gradient vanishing. */
final class D10Dropout extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(300, 0.02);

    D10Dropout() {
        super("D10", Text.of("드롭아웃은 과대적합 방지책이지 기울기 소멸 해법이 아니다", "Dropout: an overfitting remedy, not a gradient cure"),
                List.of("S32", "S33", "B17", "S31"), 0.08);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        NetSpec sig = DemoKit.spiral(10, 32, Activation.SIGMOID, Init.XAVIER);
        Probe p0 = DemoKit.atInit(sig, seed, DemoKit.SPIRALS);
        Probe p5 = DemoKit.atInit(sig.withDropout(0.5), seed, DemoKit.SPIRALS);
        out.metric("sig10_w_ratio_p0", p0.wRatio());
        out.metric("sig10_w_ratio_p0.5", p5.wRatio());
        out.profile(p0.profile("sigmoid, dropout 0"));
        out.profile(p5.profile("sigmoid, dropout 0.5"));
        overfit(seed, 0.0, "p0.0", progress, out);
        overfit(seed, 0.5, "p0.5", progress, out);
    }

    private static void overfit(long seed, double p, String suffix, Progress progress, RunBuilder out) {
        Network net = DemoKit.network(DemoKit.teacherNet().withDropout(p), seed);
        String label = "relu 8-32-32-1, dropout " + p;
        Trainer.Result r = DemoKit.train(net, DemoKit.trainSet(), CONFIG, label, progress);
        Network.Evaluation val = net.evaluate(DemoKit.valSet());
        out.arm(suffix, r.diverged()).metric("val_loss_" + suffix, val.loss()).metric("val_acc_" + suffix, val.accuracy())
                .metric("train_loss_" + suffix, net.evaluate(DemoKit.trainSet()).loss());
        out.curve(label, r.curve());
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(DemoKit.teacherNet().withDropout(0.5), DemoKit.trainSet(), CONFIG);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String w = Fmt.num(m.get("sig10_w_ratio_p0.5"));
        String v0 = Fmt.num(m.get("val_loss_p0.0"));
        String v5 = Fmt.num(m.get("val_loss_p0.5"));
        return Text.of("드롭아웃 0.5: 검증 손실 " + v0 + " → " + v5 + "(과대적합 감소), 그러나 10층 시그모이드 1층 기울기는 여전히 출력층의 " + w
                        + "배 → 소멸 해법이 아니다",
                "dropout 0.5: validation loss " + v0 + " → " + v5 + " (less overfitting), but a depth-10 sigmoid net's layer 1 still gets "
                        + w + " of the output layer's gradient → not a vanishing-gradient cure");
    }
}
