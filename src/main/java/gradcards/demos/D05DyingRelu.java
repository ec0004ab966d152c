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

/** D05: a too-large learning rate kills ReLU units (zero gradient for good); leaky ReLU and PReLU keep every unit learning. */
final class D05DyingRelu extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(50, 0.5);

    D05DyingRelu() {
        super("D05", Text.of("죽은 ReLU와 Leaky ReLU·PReLU", "Dying ReLU; leaky ReLU and PReLU fix it"),
                List.of("B11", "B07", "B08", "S20"), 0.1);
    }

    private static NetSpec spec(Activation act) {
        return NetSpec.mlp(16, 6, 32, act, Init.HE);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        out.metric("relu_dead_at_init", DemoKit.atInit(spec(Activation.RELU), seed, DemoKit.D05_SET).deadFrac());
        for (Activation act : List.of(Activation.RELU, Activation.LEAKY_RELU, Activation.PRELU)) {
            Network net = DemoKit.network(spec(act), seed);
            Trainer.Result r = DemoKit.train(net, DemoKit.D05_SET, CONFIG, act.code(), progress);
            Probe after = GradientProbe.read(net, r.finalLoss());
            out.metric(act.code() + "_dead_after", after.deadFrac());
            out.metric(act.code() + "_zero_grad_units", after.zeroGradFrac());
            out.curve(act.code() + " + He", r.curve());
            out.profile(after.profile(act.code() + " + He, step 50"));
        }
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(spec(Activation.PRELU), DemoKit.D05_SET, CONFIG);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String z = Fmt.pct(m.get("relu_zero_grad_units"));
        String lz = Fmt.pct(m.get("leaky_relu_zero_grad_units"));
        String pz = Fmt.pct(m.get("prelu_zero_grad_units"));
        String off = Fmt.pct(m.get("leaky_relu_dead_after"));
        return Text.of("학습률 0.5로 50단계 후 ReLU 유닛의 " + z + "가 기울기 0(죽은 ReLU); Leaky ReLU " + lz + ", PReLU " + pz
                        + " → 유닛의 " + off + "가 꺼져 있어도 음수 기울기로 계속 학습",
                "after 50 steps at lr 0.5, " + z + " of ReLU units get exactly zero gradient (dying ReLU); leaky ReLU "
                        + lz + ", PReLU " + pz + " → even with " + off + " of units 'off', the negative slope keeps them learning");
    }
}
