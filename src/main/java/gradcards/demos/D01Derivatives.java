package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Block;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Init;
import gradcards.trainer.Mat;
import gradcards.trainer.Network;
import gradcards.trainer.Probe;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** D01: σ' ≤ 0.25, tanh' ≤ 1, ReLU' ∈ {0, 1}, and the 0.25ⁿ·Π‖W‖₂ bound on a depth-10 sigmoid net. */
final class D01Derivatives extends BaseDemo {
    private static final int GRID = 1600;

    D01Derivatives() {
        super("D01", Text.of("활성화 함수 도함수의 최댓값과 0.25ⁿ 상한", "Activation derivative maxima and the 0.25ⁿ bound"),
                List.of("S09", "B12", "B13", "B14", "S02"), 0.01);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        derivativeGrid(Activation.SIGMOID, "sigmoid", out);
        derivativeGrid(Activation.TANH, "tanh", out);
        out.metric("max_d_relu", maxDerivative(Activation.RELU)[0]);
        out.metric("relu_d_values", distinctDerivatives(Activation.RELU));
        Network net = DemoKit.network(DemoKit.spiral(10, 32, Activation.SIGMOID, Init.XAVIER), seed);
        Probe p = GradientProbe.measure(net, DemoKit.SPIRALS);
        boundRatios(net, p, out);
        out.profile(p.profile("sigmoid + Xavier"));
    }

    private static double z(int k) {
        return -8.0 + 16.0 * k / GRID;
    }

    private static void derivativeGrid(Activation act, String name, RunBuilder out) {
        double[] max = maxDerivative(act);
        out.metric("max_d_" + name, max[0]);
        out.metric("argmax_d_" + name, max[1]);
    }

    /** {max act'(z), argmax} over the grid z ∈ [−8, 8] in steps of 0.01. */
    static double[] maxDerivative(Activation act) {
        double best = Double.NEGATIVE_INFINITY;
        double arg = Double.NaN;
        for (int k = 0; k <= GRID; k++) {
            double d = act.derivative(z(k), act.apply(z(k), 0.0), 0.0);
            if (d > best) {
                best = d;
                arg = z(k);
            }
        }
        return new double[] {best, arg};
    }

    private static double distinctDerivatives(Activation act) {
        Set<Double> values = new HashSet<>();
        for (int k = 0; k <= GRID; k++) values.add(act.derivative(z(k), act.apply(z(k), 0.0), 0.0));
        return values.size();
    }

    /** Per layer ‖δ_l‖ / (0.25·‖W_{l+1}‖₂·‖δ_{l+1}‖) and the whole-net bound 0.25⁹·Π_{l≥2}‖W_l‖₂. */
    private static void boundRatios(Network net, Probe p, RunBuilder out) {
        List<Block> blocks = net.blocks();
        double maxRatio = 0;
        double bound = 1;
        for (int l = 0; l + 1 < blocks.size(); l++) {
            double spectral = Mat.spectralNorm(blocks.get(l + 1).dense().w());
            double ratio = p.deltaNorms()[l] / (0.25 * spectral * p.deltaNorms()[l + 1]);
            maxRatio = Math.max(maxRatio, ratio);
            bound *= 0.25 * spectral;
        }
        out.metric("bound_ratio_max", maxRatio);
        out.metric("delta_ratio", p.dRatio());
        out.metric("bound_0.25^9*prod||W||", bound);
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.atInit(DemoKit.spiral(10, 32, Activation.SIGMOID, Init.XAVIER), DemoKit.SPIRALS);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String r = Fmt.num(m.get("bound_ratio_max"));
        String d = Fmt.num(m.get("delta_ratio"));
        String b = Fmt.num(m.get("bound_0.25^9*prod||W||"));
        return Text.of("σ′ 최댓값 " + Fmt.num(m.get("max_d_sigmoid")) + "(z = 0), tanh′ 최댓값 "
                        + Fmt.num(m.get("max_d_tanh")) + "; 층마다 δ는 상한 0.25·‖W‖₂의 " + r + "배 이하라 δ₁/δ₁₀ = " + d
                        + " ≤ 상한 " + b,
                "max σ′ = " + Fmt.num(m.get("max_d_sigmoid")) + " at z = 0, max tanh′ = " + Fmt.num(m.get("max_d_tanh"))
                        + "; each sigmoid layer passes back at most " + r + " of the 0.25·‖W‖₂ bound, so δ₁/δ₁₀ = " + d
                        + " ≤ bound " + b);
    }
}
