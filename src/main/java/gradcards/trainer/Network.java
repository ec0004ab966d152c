package gradcards.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A feed-forward network: a list of blocks and a loss; full-batch forward and backward passes. */
public final class Network {
    private final List<Block> blocks;
    private final Loss loss;
    private final List<Param> params = new ArrayList<>();
    private double[][] output;
    private double[][] gradOut = new double[0][];

    /** A network over the given blocks (input side first) and loss. */
    public Network(List<Block> blocks, Loss loss) {
        this.blocks = List.copyOf(blocks);
        this.loss = loss;
        for (Block b : this.blocks) params.addAll(b.params());
    }

    /** Builds the network of a spec: weights from initRng layer by layer, dropout masks from dropRng. */
    public static Network build(NetSpec spec, Loss loss, RandomGenerator initRng, RandomGenerator dropRng) {
        List<Block> blocks = new ArrayList<>();
        int[] w = spec.widths();
        for (int l = 1; l < w.length; l++) {
            Dense d = new Dense("layer" + l, spec.init().weights(w[l], w[l - 1], initRng));
            boolean last = l == w.length - 1;
            blocks.add(last ? Block.plain(d, Activation.LINEAR) : hidden(spec, d, dropRng));
        }
        return new Network(blocks, loss);
    }

    private static Block hidden(NetSpec spec, Dense d, RandomGenerator dropRng) {
        boolean skip = spec.residual() && d.in() == d.out();
        return new Block(d, spec.hidden(), spec.batchnorm(), spec.dropout(), skip, dropRng);
    }

    /** The blocks, input side first. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The loss. */
    public Loss loss() {
        return loss;
    }

    /** All trainable parameters in block order. */
    public List<Param> params() {
        return params;
    }

    /** The dense weight parameters only. */
    public List<Param> weights() {
        List<Param> ws = new ArrayList<>();
        for (Param p : params) {
            if (p.weight()) ws.add(p);
        }
        return ws;
    }

    /** Runs the batch through every block and returns the output [batch][outputs]. */
    public double[][] forward(double[][] x, boolean training) {
        double[][] h = x;
        for (Block b : blocks) h = b.forward(h, training);
        output = h;
        return h;
    }

    /** The data loss of the batch (no penalties). */
    public double loss(double[][] x, double[][] targets, boolean training) {
        return loss.value(forward(x, training), targets);
    }

    /** One training-mode forward and backward pass: sets every parameter gradient and returns the data loss. */
    public double lossAndGradients(double[][] x, double[][] targets) {
        double value = loss(x, targets, true);
        if (gradOut.length != output.length) gradOut = new double[output.length][output[0].length];
        loss.gradient(output, targets, gradOut);
        double[][] g = gradOut;
        for (int l = blocks.size() - 1; l >= 0; l--) g = blocks.get(l).backward(g, l > 0);
        return value;
    }

    /** The loss and the share of correct predictions in evaluation mode (logit > 0 ⇔ label 1, or arg-max). */
    public Evaluation evaluate(DataSet data) {
        double[][] y = forward(data.x(), false);
        double value = loss.value(y, data.y());
        int correct = 0;
        for (int n = 0; n < y.length; n++) {
            if (predicted(y[n]) == predicted(data.y()[n], y[n].length == 1)) correct++;
        }
        return new Evaluation(value, correct / (double) y.length);
    }

    private static int predicted(double[] logits) {
        if (logits.length == 1) return logits[0] > 0 ? 1 : 0;
        int best = 0;
        for (int j = 1; j < logits.length; j++) {
            if (logits[j] > logits[best]) best = j;
        }
        return best;
    }

    private static int predicted(double[] target, boolean binary) {
        if (binary) return target[0] > 0.5 ? 1 : 0;
        return predicted(target);
    }

    /** A loss and an accuracy measured in evaluation mode. */
    public record Evaluation(double loss, double accuracy) {
    }
}
