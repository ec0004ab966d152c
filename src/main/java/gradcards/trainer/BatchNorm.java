package gradcards.trainer;

/**
 * Batch normalisation of pre-activations (Ioffe &amp; Szegedy 2015): in training ẑ = (z − μ_B)/√(σ²_B + ε) with batch
 * mean and biased batch variance, y = γ·ẑ + β; in evaluation the running mean and (unbiased) variance replace them.
 */
public final class BatchNorm {
    /** The ε added to the variance. */
    public static final double EPS = 1e-5;
    /** The running-statistics momentum (PyTorch's default). */
    public static final double MOMENTUM = 0.1;

    private final Param gamma;
    private final Param beta;
    private final double[] runningMean;
    private final double[] runningVar;
    private final double[] invStd;
    private final double[] mean;
    private final double[] var;
    private double[][] xhat = new double[0][];

    /** A batch-norm over the given number of features, γ = 1, β = 0, running mean 0 and variance 1. */
    public BatchNorm(String name, int features) {
        double[][] g = new double[1][features];
        java.util.Arrays.fill(g[0], 1.0);
        this.gamma = Param.of(name + ".gamma", g, false);
        this.beta = Param.of(name + ".beta", new double[1][features], false);
        this.runningMean = new double[features];
        this.runningVar = new double[features];
        java.util.Arrays.fill(runningVar, 1.0);
        this.invStd = new double[features];
        this.mean = new double[features];
        this.var = new double[features];
    }

    /** The learned scale γ and shift β. */
    public java.util.List<Param> params() {
        return java.util.List.of(gamma, beta);
    }

    /** Normalises z into y using batch statistics (training, updating the running ones) or the running ones. */
    public void forward(double[][] z, double[][] y, boolean training) {
        if (training) batchStatistics(z);
        else runningStatistics();
        if (xhat.length != z.length) xhat = new double[z.length][invStd.length];
        double[] g = gamma.value()[0];
        double[] b = beta.value()[0];
        for (int n = 0; n < z.length; n++) {
            for (int j = 0; j < invStd.length; j++) {
                double h = (z[n][j] - mean[j]) * invStd[j];
                xhat[n][j] = h;
                y[n][j] = g[j] * h + b[j];
            }
        }
    }

    private void batchStatistics(double[][] z) {
        int f = invStd.length;
        int batch = z.length;
        java.util.Arrays.fill(mean, 0.0);
        java.util.Arrays.fill(var, 0.0);
        for (double[] row : z) {
            for (int j = 0; j < f; j++) mean[j] += row[j] / batch;
        }
        for (double[] row : z) {
            for (int j = 0; j < f; j++) var[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / batch;
        }
        for (int j = 0; j < f; j++) {
            invStd[j] = 1.0 / Math.sqrt(var[j] + EPS);
            double unbiased = batch > 1 ? var[j] * batch / (batch - 1) : var[j];
            runningMean[j] = (1 - MOMENTUM) * runningMean[j] + MOMENTUM * mean[j];
            runningVar[j] = (1 - MOMENTUM) * runningVar[j] + MOMENTUM * unbiased;
        }
    }

    private void runningStatistics() {
        System.arraycopy(runningMean, 0, mean, 0, mean.length);
        for (int j = 0; j < invStd.length; j++) invStd[j] = 1.0 / Math.sqrt(runningVar[j] + EPS);
    }

    /** From dL/dy (training mode) sets dγ, dβ and writes dL/dz = (γ/σ)(dy − mean(dy) − ẑ·mean(dy·ẑ)) into dz. */
    public void backward(double[][] dy, double[][] dz) {
        int f = invStd.length;
        int batch = dy.length;
        double[] dg = gamma.grad()[0];
        double[] dbeta = beta.grad()[0];
        java.util.Arrays.fill(dg, 0.0);
        java.util.Arrays.fill(dbeta, 0.0);
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < f; j++) {
                dg[j] += dy[n][j] * xhat[n][j];
                dbeta[j] += dy[n][j];
            }
        }
        double[] g = gamma.value()[0];
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < f; j++) {
                double centred = dy[n][j] - dbeta[j] / batch - xhat[n][j] * dg[j] / batch;
                dz[n][j] = g[j] * invStd[j] * centred;
            }
        }
    }
}
