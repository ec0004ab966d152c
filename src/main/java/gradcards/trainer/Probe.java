package gradcards.trainer;


/**
 * Gradient measurements of one network on one full batch (demos.md §2 "Metrics"): per-layer ‖dL/dW_l‖_F and ‖δ_l‖_F
 * (index 0 = input layer), and over the hidden unit-examples the saturated share, the mean act'(z), the share of dead
 * units (pre-activation ≤ 0 for every example) and of units whose weight-gradient row is exactly zero.
 */
public record Probe(double[] weightGradNorms, double[] deltaNorms, double satFrac, double meanDact,
                    double deadFrac, double zeroGradFrac, double loss, double outStd) {

    /** w_ratio = ‖dL/dW₁‖_F / ‖dL/dW_L‖_F. */
    public double wRatio() {
        return weightGradNorms[0] / weightGradNorms[weightGradNorms.length - 1];
    }

    /** d_ratio = ‖δ₁‖_F / ‖δ_L‖_F. */
    public double dRatio() {
        return deltaNorms[0] / deltaNorms[deltaNorms.length - 1];
    }

    /** gnorm = √(Σ_l ‖dL/dW_l‖²). */
    public double gnorm() {
        double s = 0;
        for (double v : weightGradNorms) s += v * v;
        return Math.sqrt(s);
    }

    /** ‖δ_a‖/‖δ_b‖ for 1-based layer numbers a and b. */
    public double deltaRatio(int a, int b) {
        return deltaNorms[a - 1] / deltaNorms[b - 1];
    }

    /** ‖dL/dW_a‖/‖dL/dW_b‖ for 1-based layer numbers a and b. */
    public double weightRatio(int a, int b) {
        return weightGradNorms[a - 1] / weightGradNorms[b - 1];
    }

    /** The per-layer profile of this measurement under a label such as "sigmoid + Xavier". */
    public LayerProfile profile(String label) {
        return new LayerProfile(label, weightGradNorms.clone(), deltaNorms.clone());
    }
}
