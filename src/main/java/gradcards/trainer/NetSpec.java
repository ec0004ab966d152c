package gradcards.trainer;

import java.util.Arrays;

/**
 * The shape of a multilayer perceptron: widths[0] inputs, hidden layers of widths[1..L−1] with the hidden activation,
 * and a linear output layer of widths[L]; every weight layer drawn from init; optional BN, dropout and skips on the
 * hidden layers.
 */
public record NetSpec(int[] widths, Activation hidden, Init init, boolean batchnorm, double dropout,
                      boolean residual) {

    /** A plain MLP: inputs, depth − 1 hidden layers of the given width, one output (depth = weight layers). */
    public static NetSpec mlp(int inputs, int depth, int width, Activation hidden, Init init) {
        int[] w = new int[depth + 1];
        Arrays.fill(w, width);
        w[0] = inputs;
        w[depth] = 1;
        return new NetSpec(w, hidden, init, false, 0.0, false);
    }

    /** The number of weight layers. */
    public int depth() {
        return widths.length - 1;
    }

    /** This spec with a different initialiser. */
    public NetSpec withInit(Init i) {
        return new NetSpec(widths, hidden, i, batchnorm, dropout, residual);
    }

    /** This spec with a different hidden activation. */
    public NetSpec withHidden(Activation a) {
        return new NetSpec(widths, a, init, batchnorm, dropout, residual);
    }

    /** This spec with batch norm switched on or off. */
    public NetSpec withBatchnorm(boolean on) {
        return new NetSpec(widths, hidden, init, on, dropout, residual);
    }

    /** This spec with the given dropout probability on the hidden activations. */
    public NetSpec withDropout(double p) {
        return new NetSpec(widths, hidden, init, batchnorm, p, residual);
    }

    /** This spec with identity skips wherever a hidden layer's input and output widths match. */
    public NetSpec withResidual(boolean on) {
        return new NetSpec(widths, hidden, init, batchnorm, dropout, on);
    }
}
