package gradcards.bench;

/**
 * The dense kernel as it was before blocking (one axpy per input, output or example), kept as the reference the
 * kernel benchmark runs beside {@link gradcards.trainer.Dense} and the kernel test compares with bit for bit.
 */
public final class ScalarDense {
    private ScalarDense() {
    }

    /** z[n] = W·x[n] + b, wt a [in][out] buffer for Wᵀ. */
    public static void forward(double[][] w, double[] b, double[][] wt, double[][] x, double[][] z) {
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[r].length; c++) wt[c][r] = w[r][c];
        }
        int out = b.length;
        for (int n = 0; n < x.length; n++) {
            double[] xn = x[n];
            double[] zn = z[n];
            System.arraycopy(b, 0, zn, 0, out);
            for (int i = 0; i < xn.length; i++) axpy(xn[i], wt[i], zn, out);
        }
    }

    /** dW = Σₙ δₙ xₙᵀ, db = Σₙ δₙ, and dx = δ·W unless dx is null. */
    public static void backward(double[][] w, double[][] delta, double[][] x, double[][] dW, double[] db,
                                double[][] dx) {
        for (double[] row : dW) java.util.Arrays.fill(row, 0.0);
        java.util.Arrays.fill(db, 0.0);
        int in = w[0].length;
        for (int n = 0; n < delta.length; n++) {
            double[] dn = delta[n];
            double[] xn = x[n];
            for (int o = 0; o < dn.length; o++) {
                db[o] += dn[o];
                axpy(dn[o], xn, dW[o], in);
            }
        }
        if (dx == null) return;
        for (int n = 0; n < delta.length; n++) {
            double[] dn = delta[n];
            double[] dxn = dx[n];
            java.util.Arrays.fill(dxn, 0.0);
            for (int o = 0; o < dn.length; o++) axpy(dn[o], w[o], dxn, in);
        }
    }

    private static void axpy(double a, double[] x, double[] y, int len) {
        for (int i = 0; i < len; i++) y[i] += a * x[i];
    }
}
