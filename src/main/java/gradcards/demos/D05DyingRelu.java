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

/**
 * D05: a too-large learning rate kills ReLU units (zero gradient for good); leaky ReLU and PReLU keep every unit
 * learning. lr 1.0 with momentum 0.9 for 50 steps; every arm clips the global gradient norm at 1 so that none can blow
 * up (at lr 0.5 without clipping PReLU diverged in every seed and leaky ReLU in one: a NaN is not a measurement), and
 * PReLU's slopes learn at lr/100 so that they stay slopes (at the full rate they left [0, 1]).
 */
final class D05DyingRelu extends BaseDemo {
    static final double LR = 1.0;
    static final double CLIP = 1.0;
    static final double SLOPE_RATE = 0.01;
    private static final Trainer.Config CONFIG = Trainer.Config.of(50, LR).withClip(CLIP).withSlopeRate(SLOPE_RATE);

    D05DyingRelu() {
        super("D05", Text.of("죽은 ReLU와 Leaky ReLU·PReLU", "Dying ReLU; leaky ReLU and PReLU fix it"),
                List.of("B11", "B07", "B08", "S20"), 0.1);
    }

    private static NetSpec spec(Activation act) {
        return NetSpec.mlp(16, 6, 32, act, Init.HE);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        out.metric("relu_dead_at_init", DemoKit.atInit(spec(Activation.RELU), seed, DemoKit.d05Set()).deadFrac());
        for (Activation act : List.of(Activation.RELU, Activation.LEAKY_RELU, Activation.PRELU)) {
            Network net = DemoKit.network(spec(act), seed);
            Trainer.Result r = DemoKit.train(net, DemoKit.d05Set(), CONFIG, act.code(), progress);
            Probe after = GradientProbe.read(net, r.finalLoss());
            RunBuilder.Arm arm = out.arm(act.code(), r.diverged()).metric(act.code() + "_dead_after", after.deadFrac())
                    .metric(act.code() + "_zero_grad_units", after.zeroGradFrac());
            if (act == Activation.PRELU) arm.metric("prelu_slope_min", slope(net, Math::min))
                    .metric("prelu_slope_max", slope(net, Math::max));
            out.curve(act.code() + " + He", r.curve());
            out.profile(after.profile(act.code() + " + He, step 50"));
        }
    }

    /** The smallest or largest PReLU slope over the hidden layers. */
    private static double slope(Network net, java.util.function.DoubleBinaryOperator pick) {
        double v = Double.NaN;
        for (var b : net.blocks()) {
            if (b.activation() == Activation.PRELU) v = Double.isNaN(v) ? b.alpha() : pick.applyAsDouble(v, b.alpha());
        }
        return v;
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(spec(Activation.PRELU), DemoKit.d05Set(), CONFIG);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        List<String> diverged = Verdicts.divergedArms(run);
        String setting = "lr " + Fmt.num(LR) + ", momentum 0.9, 50";
        if (!diverged.isEmpty()) {
            String arms = String.join(", ", diverged);
            return Text.of("이번 시드에서 " + arms + " 구성이 발산(손실·가중치·기울기가 유한하지 않음): 그 구성의 값은 측정이 아니므로 "
                            + "결론을 내리지 않음",
                    "in this seed " + arms + " diverged (loss, weights or gradients not finite): its numbers are not a "
                            + "measurement, so no conclusion is drawn for it");
        }
        String z = Fmt.pct(m.get("relu_zero_grad_units"));
        String lz = Fmt.pct(m.get("leaky_relu_zero_grad_units"));
        String pz = Fmt.pct(m.get("prelu_zero_grad_units"));
        String off = Fmt.pct(m.get("leaky_relu_dead_after"));
        return Text.of("너무 큰 학습률(" + setting + "단계, 세 구성 모두 기울기 노름 1로 클리핑, PReLU 기울기는 lr/100로 학습) 후 "
                        + "ReLU 유닛의 " + z + "가 기울기 0(죽은 ReLU); Leaky ReLU " + lz + ", PReLU " + pz + " → 유닛의 "
                        + off + "가 꺼져 있어도 음수 쪽 기울기로 계속 학습",
                "after a too-large learning rate (" + setting + " steps; every arm clips the gradient norm at 1, PReLU's "
                        + "slopes learn at lr/100) " + z + " of ReLU units get exactly zero gradient (dying ReLU); leaky ReLU "
                        + lz + ", PReLU " + pz + " → even with " + off + " of units 'off', the negative slope keeps them learning");
    }
}
