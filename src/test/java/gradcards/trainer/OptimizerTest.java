package gradcards.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Optimizers, penalties and clipping against hand-written reference formulas. */
class OptimizerTest {
    private static final double[] GRADS = {0.5, -1.0, 2.0, 0.25};

    private static Param scalar(double w) {
        return Param.of("w", new double[][] {{w}}, true);
    }

    /** v ← 0.9v + g, w ← w − lr·v (PyTorch's momentum form, v₀ = 0). */
    @Test
    void sgdMomentumFollowsTheReferenceRecurrence() {
        Param p = scalar(1.0);
        Sgd sgd = new Sgd(0.9);
        double w = 1.0;
        double v = 0.0;
        for (double g : GRADS) {
            p.grad()[0][0] = g;
            sgd.step(List.of(p), 0.1);
            v = 0.9 * v + g;
            w -= 0.1 * v;
            assertThat(p.value()[0][0]).isCloseTo(w, within(1e-15));
        }
    }

    /** Adam with bias correction, β = (0.9, 0.999), ε = 1e-8. */
    @Test
    void adamFollowsTheReferenceRecurrence() {
        Param p = scalar(1.0);
        Adam adam = new Adam();
        double w = 1.0;
        double m = 0;
        double s = 0;
        for (int t = 1; t <= GRADS.length; t++) {
            double g = GRADS[t - 1];
            p.grad()[0][0] = g;
            adam.step(List.of(p), 0.01);
            m = 0.9 * m + 0.1 * g;
            s = 0.999 * s + 0.001 * g * g;
            double mHat = m / (1 - Math.pow(0.9, t));
            double sHat = s / (1 - Math.pow(0.999, t));
            w -= 0.01 * mHat / (Math.sqrt(sHat) + 1e-8);
            assertThat(p.value()[0][0]).isCloseTo(w, within(1e-14));
        }
    }

    @Test
    void firstAdamStepMovesEveryParameterByAboutTheLearningRate() {
        Param p = Param.of("w", new double[][] {{1, 2, 3}}, true);
        System.arraycopy(new double[] {1e-6, -3, 400}, 0, p.grad()[0], 0, 3);
        new Adam().step(List.of(p), 0.1);
        assertThat(p.value()[0][0]).isCloseTo(0.9, within(1e-3));
        assertThat(p.value()[0][1]).isCloseTo(2.1, within(1e-9));
        assertThat(p.value()[0][2]).isCloseTo(2.9, within(1e-9));
    }

    @Test
    void clippingRescalesTheGlobalNormAndKeepsTheDirection() {
        Param a = Param.of("a", new double[][] {{0, 0}}, true);
        Param b = Param.of("b", new double[][] {{0}}, false);
        a.grad()[0][0] = 3;
        a.grad()[0][1] = 0;
        b.grad()[0][0] = 4;
        double before = Clipping.clip(List.of(a, b), 1.0);
        assertThat(before).isEqualTo(5.0);
        assertThat(Clipping.globalNorm(List.of(a, b))).isCloseTo(1.0, within(1e-6));
        assertThat(a.grad()[0][0] / b.grad()[0][0]).isCloseTo(0.75, within(1e-15));
        Clipping.clip(List.of(a, b), 10.0);
        assertThat(Clipping.globalNorm(List.of(a, b))).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void penaltiesTouchWeightsOnly() {
        Param w = Param.of("w", new double[][] {{2, -3}}, true);
        Param bias = Param.of("b", new double[][] {{5}}, false);
        Penalty pen = new Penalty(0.1, 0.2);
        assertThat(pen.value(List.of(w, bias))).isCloseTo(0.1 * 5 + 0.1 * 13, within(1e-15));
        pen.addGradients(List.of(w, bias));
        assertThat(w.grad()[0]).containsExactly(0.2 * 2 + 0.1, 0.2 * -3 - 0.1);
        assertThat(bias.grad()[0]).containsExactly(0.0);
    }
}
