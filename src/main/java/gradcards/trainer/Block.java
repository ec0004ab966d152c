package gradcards.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One layer of the network: z = W·x + b, optional batch norm, y = act(·), optional inverted dropout on y and an
 * optional identity skip (out = x + y) when the shapes match. Backward stores δ = dL/dz and the parameter gradients.
 */
public final class Block {
    /** The name of the negative-slope parameter of leaky_relu / prelu blocks. */
    public static final String SLOPE = "alpha";
    private final Dense dense;
    private final Activation act;
    private final Param alpha;
    private final BatchNorm bn;
    private final double dropout;
    private final boolean residual;
    private final RandomGenerator dropRng;
    private double[][] fixedMask;
    private double[][] x;
    private boolean lastTraining;
    private Workspace ws;
    private Workspace spare;

    /** A block over the given dense map; dropRng draws the dropout masks (may be null when dropout is 0). */
    public Block(Dense dense, Activation act, boolean batchnorm, double dropout, boolean residual,
                 RandomGenerator dropRng) {
        if (residual && dense.in() != dense.out()) throw new IllegalArgumentException("residual needs in == out");
        this.dense = dense;
        this.act = act;
        this.alpha = act.hasSlope() ? slope(act) : null;
        this.bn = batchnorm ? new BatchNorm("bn", dense.out()) : null;
        this.dropout = dropout;
        this.residual = residual;
        this.dropRng = dropRng;
    }

    /** A plain block: dense map and activation, no batch norm, dropout or skip. */
    public static Block plain(Dense dense, Activation act) {
        return new Block(dense, act, false, 0.0, false, null);
    }

    private static Param slope(Activation act) {
        double a0 = act == Activation.PRELU ? Activation.PRELU_INIT : Activation.LEAKY_SLOPE;
        return Param.of(SLOPE, new double[][] {{a0}}, false);
    }

    /** The dense map. */
    public Dense dense() {
        return dense;
    }

    /** The activation. */
    public Activation activation() {
        return act;
    }

    /** The negative slope (leaky_relu, prelu), or NaN for other activations. */
    public double alpha() {
        return alpha == null ? Double.NaN : alpha.value()[0][0];
    }

    /** Sets the negative slope α (leaky_relu, prelu only). */
    public void setAlpha(double value) {
        if (alpha == null) throw new IllegalStateException(act.code() + " has no slope");
        alpha.value()[0][0] = value;
    }

    /** dL/dα from the last backward pass (leaky_relu, prelu), or NaN. */
    public double dalpha() {
        return alpha == null ? Double.NaN : alpha.grad()[0][0];
    }

    /** Whether the block has an identity skip. */
    public boolean residual() {
        return residual;
    }

    /** Whether the block batch-normalises its pre-activations. */
    public boolean batchnorm() {
        return bn != null;
    }

    /** The dropout probability (0 = off). */
    public double dropout() {
        return dropout;
    }

    /** The trainable parameters: W, b, then PReLU α or BN γ, β when present. */
    public List<Param> params() {
        List<Param> ps = new ArrayList<>(List.of(dense.weightParam(), dense.biasParam()));
        if (act == Activation.PRELU) ps.add(alpha);
        if (bn != null) ps.addAll(bn.params());
        return ps;
    }

    /** Uses this [batch][out] mask (already scaled by 1/(1−p)) instead of drawing one; null to draw again. */
    public void fixMask(double[][] mask) {
        this.fixedMask = mask;
    }

    /** Runs the block on a batch and returns its output (a buffer owned by the block). */
    public double[][] forward(double[][] input, boolean training) {
        x = input;
        lastTraining = training;
        Workspace w = workspace(input.length);
        dense.forward(input, w.z);
        if (bn != null) bn.forward(w.z, w.a, training);
        act.applyAll(w.a, w.y, alpha());
        boolean drop = training && dropout > 0;
        if (drop) fillMask(w.mask);
        if (w.out != w.y) combine(input, w, drop);
        return w.out;
    }

    /** out = y (· mask when dropping) (+ input when residual), one plain loop per case in a method per row. */
    private void combine(double[][] input, Workspace w, boolean drop) {
        for (int n = 0; n < input.length; n++) {
            double[] o = w.out[n];
            double[] y = w.y[n];
            double[] x = input[n];
            if (drop && residual) {
                skipMasked(x, y, w.mask[n], o);
            } else if (drop) {
                masked(y, w.mask[n], o);
            } else if (residual) {
                skip(x, y, o);
            } else {
                System.arraycopy(y, 0, o, 0, o.length);
            }
        }
    }

    private static void skipMasked(double[] x, double[] y, double[] m, double[] o) {
        for (int j = 0; j < o.length; j++) o[j] = x[j] + y[j] * m[j];
    }

    private static void masked(double[] y, double[] m, double[] o) {
        for (int j = 0; j < o.length; j++) o[j] = y[j] * m[j];
    }

    private static void skip(double[] x, double[] y, double[] o) {
        for (int j = 0; j < o.length; j++) o[j] = x[j] + y[j];
    }

    private void fillMask(double[][] mask) {
        if (fixedMask != null) {
            for (int n = 0; n < mask.length; n++) System.arraycopy(fixedMask[n], 0, mask[n], 0, mask[n].length);
            return;
        }
        double keep = 1.0 - dropout;
        for (double[] row : mask) {
            for (int j = 0; j < row.length; j++) row[j] = dropRng.nextDouble() < keep ? 1.0 / keep : 0.0;
        }
    }

    private Workspace workspace(int batch) {
        if (ws != null && ws.batch == batch) return ws;
        Workspace other = spare != null && spare.batch == batch ? spare
                : new Workspace(batch, dense.in(), dense.out(), bn != null, dropout > 0, residual);
        spare = ws;
        ws = other;
        return ws;
    }

    /** From dL/d(output) computes δ, dW, db (and dα, dγ, dβ) and returns dL/d(input) if wanted, else null. */
    public double[][] backward(double[][] dOut, boolean wantInputGrad) {
        Workspace w = ws;
        double[][] gy = dOut;
        if (lastTraining && dropout > 0) {
            multiply(dOut, w.mask, w.gy);
            gy = w.gy;
        }
        activationGrads(gy, w);
        if (bn != null) bn.backward(w.da, w.dz);
        boolean needDx = wantInputGrad || residual;
        dense.backward(w.dz, x, needDx ? w.dx : null);
        if (residual) addInto(w.dx, dOut);
        return wantInputGrad ? w.dx : null;
    }

    private void activationGrads(double[][] gy, Workspace w) {
        double dalpha = act.backwardAll(w.a, w.y, gy, w.da, alpha());
        if (alpha != null) alpha.grad()[0][0] = dalpha;
    }

    private static void multiply(double[][] a, double[][] b, double[][] into) {
        for (int n = 0; n < a.length; n++) {
            for (int j = 0; j < a[n].length; j++) into[n][j] = a[n][j] * b[n][j];
        }
    }

    private static void addInto(double[][] acc, double[][] add) {
        for (int n = 0; n < acc.length; n++) Dense.axpy(1.0, add[n], acc[n], acc[n].length);
    }

    /** The last input x (batch-major). */
    public double[][] input() {
        return x;
    }

    /** The last pre-activation z = W·x + b (before batch norm). */
    public double[][] z() {
        return ws.z;
    }

    /** The last activation input (z, or BN(z) when batch-normalised). */
    public double[][] activationInput() {
        return ws.a;
    }

    /** The last activation output act(·), before dropout and skip. */
    public double[][] activationOutput() {
        return ws.y;
    }

    /** The last δ = dL/dz, where z = W·x + b. */
    public double[][] delta() {
        return ws.dz;
    }

    /** The dropout mask of the last training forward pass, or null. */
    public double[][] mask() {
        return lastTraining && dropout > 0 ? ws.mask : null;
    }
}
