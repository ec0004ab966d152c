package gradcards.trainer;

/**
 * Full-batch training: at each step one forward/backward pass, the penalty gradients, optional global-norm clipping
 * and one optimizer update. The loss curve holds the training data loss at steps 0..steps (+∞ once diverged).
 */
public final class Trainer {
    private Trainer() {
    }

    /** The settings of one run: steps, learning rate, penalties and clipping threshold (0 = off). */
    public record Config(int steps, double lr, Penalty penalty, double clip) {

        /** Plain training: no penalty, no clipping. */
        public static Config of(int steps, double lr) {
            return new Config(steps, lr, Penalty.NONE, 0.0);
        }

        /** This config with the given penalty. */
        public Config withPenalty(Penalty p) {
            return new Config(steps, lr, p, clip);
        }

        /** This config with global-norm clipping at the given threshold. */
        public Config withClip(double threshold) {
            return new Config(steps, lr, penalty, threshold);
        }
    }

    /** The outcome of a run: the loss per step and whether the loss became non-finite. */
    public record Result(double[] curve, boolean diverged) {

        /** The loss after the last step. */
        public double finalLoss() {
            return curve[curve.length - 1];
        }
    }

    /** Trains the network on the data set with the optimizer; the listener sees every step. */
    public static Result train(Network net, DataSet data, Optimizer opt, Config c, StepListener listener) {
        double[] curve = new double[c.steps() + 1];
        for (int step = 0; step <= c.steps(); step++) {
            double loss = net.lossAndGradients(data.x(), data.y());
            if (!Double.isFinite(loss)) {
                java.util.Arrays.fill(curve, step, curve.length, Double.POSITIVE_INFINITY);
                return new Result(curve, true);
            }
            curve[step] = loss;
            listener.atStep(step, loss);
            if (step < c.steps()) update(net, opt, c);
        }
        return new Result(curve, false);
    }

    /** Applies penalty gradients, clipping and one optimizer step to gradients already computed. */
    public static void update(Network net, Optimizer opt, Config c) {
        c.penalty().addGradients(net.params());
        if (c.clip() > 0) Clipping.clip(net.params(), c.clip());
        opt.step(net.params(), c.lr());
    }
}
