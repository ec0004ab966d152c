package gradcards.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of the activation derivatives that the demos' claims rest on. */
class ActivationProperties {

    /**
     * 0 ≤ σ'(z) = σ(z)(1 − σ(z)) ≤ 0.25; computed from σ(z) as autograd does, it is exactly 0 once σ(z) rounds
     * to 1 (z above about 36.7) and positive for |z| ≤ 36.
     */
    @Property
    boolean sigmoidDerivativeIsAtMostAQuarter(@ForAll @DoubleRange(min = -60, max = 60) double z) {
        double d = Activation.SIGMOID.derivative(z, Activation.SIGMOID.apply(z, 0), 0);
        return d >= 0 && d <= 0.25 && (Math.abs(z) > 36 || d > 0);
    }

    /** 0 ≤ tanh'(z) = 1 − tanh²(z) ≤ 1, and below 0.02 once |z| > 2.65. */
    @Property
    void tanhDerivativeIsAtMostOne(@ForAll @DoubleRange(min = -30, max = 30) double z) {
        double d = Activation.TANH.derivative(z, Math.tanh(z), 0);
        assertThat(d).isBetween(0.0, 1.0);
        if (Math.abs(z) > 2.65) assertThat(d).isLessThan(0.02);
    }

    /** ReLU'(z) is 1 for z > 0 and 0 otherwise (0 at z = 0, as in PyTorch). */
    @Property
    boolean reluDerivativeIsAStep(@ForAll @DoubleRange(min = -10, max = 10) double z) {
        return Activation.RELU.derivative(z, Activation.RELU.apply(z, 0), 0) == (z > 0 ? 1.0 : 0.0);
    }

    /** Every derivative agrees with a central difference of apply away from the kink at 0. */
    @Property
    void derivativesMatchFiniteDifferences(@ForAll Activation act, @ForAll @DoubleRange(min = -6, max = 6) double z) {
        if (Math.abs(z) < 1e-3) return;
        double h = 1e-6;
        double numeric = (act.apply(z + h, 0.2) - act.apply(z - h, 0.2)) / (2 * h);
        assertThat(act.derivative(z, act.apply(z, 0.2), 0.2)).isCloseTo(numeric,
                org.assertj.core.api.Assertions.within(1e-8));
    }
}
