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

    /** z[n] = W·x[n] + b for every example n. */
    public void forward(double[][] x, double[][] z) {
        Mat.transpose(w(), wt);
        double[] b = b();
        int out = b.length;
        for (int n = 0; n < x.length; n++) {
            double[] xn = x[n];
            double[] zn = z[n];
            System.arraycopy(b, 0, zn, 0, out);
            for (int i = 0; i < xn.length; i++) axpy(xn[i], wt[i], zn, out);
        }
    }

    /** From δ = dL/dz: sets dW = Σₙ δₙ xₙᵀ and db = Σₙ δₙ, and writes dx = δ·W into dx unless it is null. */
    public void backward(double[][] delta, double[][] x, double[][] dx) {
        weightGrads(delta, x);
        if (dx != null) inputGrads(delta, dx);
    }

    private void weightGrads(double[][] delta, double[][] x) {
        double[][] dW = dW();
        double[] db = db();
        Mat.clear(dW);
        java.util.Arrays.fill(db, 0.0);
        int in = in();
        for (int n = 0; n < delta.length; n++) {
            double[] dn = delta[n];
            double[] xn = x[n];
            for (int o = 0; o < dn.length; o++) {
                db[o] += dn[o];
                axpy(dn[o], xn, dW[o], in);
            }
        }
    }

    private void inputGrads(double[][] delta, double[][] dx) {
        double[][] w = w();
        int in = in();
        for (int n = 0; n < delta.length; n++) {
            double[] dn = delta[n];
            double[] dxn = dx[n];
            java.util.Arrays.fill(dxn, 0.0);
            for (int o = 0; o < dn.length; o++) axpy(dn[o], w[o], dxn, in);
        }
    }

    /** y[0..len) += a·x[0..len). */
    static void axpy(double a, double[] x, double[] y, int len) {
        for (int i = 0; i < len; i++) y[i] += a * x[i];
    }
}
