package gradcards.trainer;

/**
 * A dense (fully connected) map z = W·x + b with W shaped [out][in], over batch-major arrays [batch][features].
 * Every inner loop is an axpy over a contiguous row, so the JIT can vectorise it.
 */
public final class Dense {
    private final Param weight;
    private final Param bias;
    private final double[][] wt;

    /** A dense map with the given weights (taken, not copied) and zero bias. */
    public Dense(String name, double[][] w) {
        this.weight = Param.of(name + ".W", w, true);
        this.bias = Param.of(name + ".b", new double[1][w.length], false);
        this.wt = new double[w[0].length][w.length];
    }

    /** The weight matrix W [out][in]. */
    public double[][] w() {
        return weight.value();
    }

    /** The bias b [out]. */
    public double[] b() {
        return bias.value()[0];
    }

    /** dL/dW from the last backward pass. */
    public double[][] dW() {
        return weight.grad();
    }

    /** dL/db from the last backward pass. */
    public double[] db() {
        return bias.grad()[0];
    }

    /** The weight and bias parameters. */
    public Param weightParam() {
        return weight;
    }

    /** The bias parameter. */
    public Param biasParam() {
        return bias;
    }

    /** Fan-in. */
    public int in() {
        return wt.length;
    }

    /** Fan-out. */
    public int out() {
        return w().length;
    }

    /**
     * z[n] = W·x[n] + b for every example n. Each z[n][o] is summed in the same order as the plain loop
     * (b, then x[0]·W[o][0], x[1]·W[o][1], …), so results are bit-identical to it; four inputs are folded per
     * pass over the row (one load and store of z per four multiply-adds, a loop C2 vectorises).
     */
    public void forward(double[][] x, double[][] z) {
        Mat.transpose(w(), wt);
        double[] b = b();
        int out = b.length;
        int in = wt.length;
        for (int n = 0; n < x.length; n++) {
            double[] xn = x[n];
            double[] zn = z[n];
            System.arraycopy(b, 0, zn, 0, out);
            int i = 0;
            for (; i + 3 < in; i += 4) axpy4(xn[i], xn[i + 1], xn[i + 2], xn[i + 3], wt[i], wt[i + 1], wt[i + 2],
                    wt[i + 3], zn, out);
            for (; i < in; i++) axpy(xn[i], wt[i], zn, out);
        }
    }

    /** From δ = dL/dz: sets dW = Σₙ δₙ xₙᵀ and db = Σₙ δₙ, and writes dx = δ·W into dx unless it is null. */
    public void backward(double[][] delta, double[][] x, double[][] dx) {
        weightGrads(delta, x);
        if (dx != null) inputGrads(delta, dx);
    }

    /** dW[o] += Σₙ δₙ[o]·xₙ, summed over n in order (bit-identical to one axpy per example), four examples a pass. */
    private void weightGrads(double[][] delta, double[][] x) {
        double[][] dW = dW();
        double[] db = db();
        Mat.clear(dW);
        java.util.Arrays.fill(db, 0.0);
        int in = in();
        int outs = db.length;
        int n = 0;
        for (; n + 3 < delta.length; n += 4) {
            double[] d0 = delta[n];
            double[] d1 = delta[n + 1];
            double[] d2 = delta[n + 2];
            double[] d3 = delta[n + 3];
            double[] x0 = x[n];
            double[] x1 = x[n + 1];
            double[] x2 = x[n + 2];
            double[] x3 = x[n + 3];
            for (int o = 0; o < outs; o++) {
                db[o] = db[o] + d0[o] + d1[o] + d2[o] + d3[o];
                axpy4(d0[o], d1[o], d2[o], d3[o], x0, x1, x2, x3, dW[o], in);
            }
        }
        for (; n < delta.length; n++) {
            double[] dn = delta[n];
            double[] xn = x[n];
            for (int o = 0; o < outs; o++) {
                db[o] += dn[o];
                axpy(dn[o], xn, dW[o], in);
            }
        }
    }

    /** dx[n] = Σₒ δₙ[o]·W[o], summed over o in order (bit-identical to one axpy per output), four outputs a pass. */
    private void inputGrads(double[][] delta, double[][] dx) {
        double[][] w = w();
        int in = in();
        int outs = w.length;
        for (int n = 0; n < delta.length; n++) {
            double[] dn = delta[n];
            double[] dxn = dx[n];
            java.util.Arrays.fill(dxn, 0.0);
            int o = 0;
            for (; o + 3 < outs; o += 4) axpy4(dn[o], dn[o + 1], dn[o + 2], dn[o + 3], w[o], w[o + 1], w[o + 2],
                    w[o + 3], dxn, in);
            for (; o < outs; o++) axpy(dn[o], w[o], dxn, in);
        }
    }

    /** y[k] = (((y[k] + a0·x0[k]) + a1·x1[k]) + a2·x2[k]) + a3·x3[k]: four axpys in one pass, same rounding. */
    static void axpy4(double a0, double a1, double a2, double a3, double[] x0, double[] x1, double[] x2,
                      double[] x3, double[] y, int len) {
        for (int k = 0; k < len; k++) y[k] = y[k] + a0 * x0[k] + a1 * x1[k] + a2 * x2[k] + a3 * x3[k];
    }

    /** y[0..len) += a·x[0..len). */
    static void axpy(double a, double[] x, double[] y, int len) {
        for (int i = 0; i < len; i++) y[i] += a * x[i];
    }
}
