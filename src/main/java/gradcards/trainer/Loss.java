package gradcards.trainer;

import java.util.Locale;

/**
 * A batch-averaged loss over outputs y and targets t (B = batch, K = outputs): mse = Σ(y−t)²/(B·K),
 * bce_with_logits = Σ[softplus(y) − t·y]/(B·K), softmax_ce = −Σ t·log softmax(y)/B.
 */
public enum Loss {
    MSE, BCE_WITH_LOGITS, SOFTMAX_CE;

    /** The stable code used in exports: "mse", "bce_with_logits", "softmax_ce". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The loss value for outputs y and targets t, both [batch][K]. */
    public double value(double[][] y, double[][] t) {
        double sum = 0;
        for (int n = 0; n < y.length; n++) sum += rowValue(y[n], t[n]);
        int k = y[0].length;
        return this == SOFTMAX_CE ? sum / y.length : sum / ((double) y.length * k);
    }

    private double rowValue(double[] y, double[] t) {
        if (this == SOFTMAX_CE) return softmaxCe(y, t);
        double s = 0;
        if (this == MSE) {
            for (int j = 0; j < y.length; j++) s += (y[j] - t[j]) * (y[j] - t[j]);
        } else {
            for (int j = 0; j < y.length; j++) s += softplus(y[j]) - t[j] * y[j];
        }
        return s;
    }

    /** Writes dL/dy into grad for outputs y and targets t. */
    public void gradient(double[][] y, double[][] t, double[][] grad) {
        int k = y[0].length;
        double scale = this == SOFTMAX_CE ? 1.0 / y.length : 1.0 / ((double) y.length * k);
        for (int n = 0; n < y.length; n++) rowGradient(y[n], t[n], grad[n], scale);
    }

    private void rowGradient(double[] y, double[] t, double[] g, double scale) {
        if (this == SOFTMAX_CE) {
            softmaxGradient(y, t, g, scale);
            return;
        }
        if (this == MSE) {
            for (int j = 0; j < y.length; j++) g[j] = scale * (2.0 * (y[j] - t[j]));
        } else {
            for (int j = 0; j < y.length; j++) g[j] = scale * (Activation.sigmoid(y[j]) - t[j]);
        }
    }

    /** softplus(y) = log(1 + e^y), computed without overflow. */
    public static double softplus(double y) {
        return Math.max(y, 0.0) + Math.log1p(Math.exp(-Math.abs(y)));
    }

    private static double logSumExp(double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) max = Math.max(max, v);
        double s = 0;
        for (double v : y) s += Math.exp(v - max);
        return max + Math.log(s);
    }

    private static double softmaxCe(double[] y, double[] t) {
        double lse = logSumExp(y);
        double s = 0;
        for (int j = 0; j < y.length; j++) s -= t[j] * (y[j] - lse);
        return s;
    }

    private static void softmaxGradient(double[] y, double[] t, double[] g, double scale) {
        double lse = logSumExp(y);
        double tsum = 0;
        for (double v : t) tsum += v;
        for (int j = 0; j < y.length; j++) g[j] = scale * (Math.exp(y[j] - lse) * tsum - t[j]);
    }
}
