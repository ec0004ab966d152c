package gradcards.trainer;

import java.util.Arrays;
import java.util.List;

/**
 * Full-batch training: at each step one forward/backward pass, the penalty gradients, optional global-norm clipping
 * and one optimizer update. The loss curve holds the training data loss at steps 0..steps. A run diverges at the first
 * step whose loss, weights or gradients are not all finite (a NaN weight can hide behind a ReLU that maps it to 0, so
 * the loss alone is not enough); training stops there and the curve is +∞ from that step on.
 */
public final class Trainer {
    private Trainer() {
    }

    /**
     * The settings of one run: steps, learning rate, penalties, clipping threshold (0 = off) and the rate of the PReLU
     * slopes relative to lr (1 = same rate; with SGD a slope moves at lr·slopeRate).
     */
    public record Config(int steps, double lr, Penalty penalty, double clip, double slopeRate) {

        /** A run whose PReLU slopes learn at the same rate as the weights. */
        public Config(int steps, double lr, Penalty penalty, double clip) {
            this(steps, lr, penalty, clip, 1.0);
        }

        /** Plain training: no penalty, no clipping. */
        public static Config of(int steps, double lr) {
            return new Config(steps, lr, Penalty.NONE, 0.0);
        }

        /** This config with the given penalty. */
        public Config withPenalty(Penalty p) {
            return new Config(steps, lr, p, clip, slopeRate);
        }

        /** This config with global-norm clipping at the given threshold. */
        public Config withClip(double threshold) {
            return new Config(steps, lr, penalty, threshold, slopeRate);
        }

        /** This config with the PReLU slopes updated at rate × the weights' rate. */
        public Config withSlopeRate(double rate) {
            return new Config(steps, lr, penalty, clip, rate);
        }

        /** This config stopped after the given number of steps. */
        public Config withSteps(int n) {
            return new Config(n, lr, penalty, clip, slopeRate);
        }
    }

    /** The outcome of a run: the loss per step and the step at which it diverged (−1 when it stayed finite). */
    public record Result(double[] curve, int divergedAt) {

        /** Whether the loss, a weight or a gradient became non-finite. */
        public boolean diverged() {
            return divergedAt >= 0;
        }

        /** The loss after the last step (+∞ when the run diverged). */
        public double finalLoss() {
            return curve[curve.length - 1];
        }
    }

    /** Trains the network on the data set with the optimizer; the listener sees every finite step. */
    public static Result train(Network net, DataSet data, Optimizer opt, Config c, StepListener listener) {
        double[] curve = new double[c.steps() + 1];
        for (int step = 0; step <= c.steps(); step++) {
            double loss = net.lossAndGradients(data.x(), data.y());
            if (!Double.isFinite(loss) || !finite(net.params())) {
                Arrays.fill(curve, step, curve.length, Double.POSITIVE_INFINITY);
                return new Result(curve, step);
            }
            curve[step] = loss;
            listener.atStep(step, loss);
            if (step < c.steps()) update(net, opt, c);
        }
        return new Result(curve, -1);
    }

    /** Applies penalty gradients, clipping, the slope rate and one optimizer step to gradients already computed. */
    public static void update(Network net, Optimizer opt, Config c) {
        c.penalty().addGradients(net.params());
        if (c.clip() > 0) Clipping.clip(net.params(), c.clip());
        if (c.slopeRate() != 1.0) scaleSlopes(net.params(), c.slopeRate());
        opt.step(net.params(), c.lr());
    }

    private static void scaleSlopes(List<Param> params, double rate) {
        for (Param p : params) {
            if (p.name().equals(Block.SLOPE)) p.grad()[0][0] *= rate;
        }
    }

    /** Whether every value and every gradient of the parameters is finite. */
    public static boolean finite(List<Param> params) {
        for (Param p : params) {
            if (!Mat.finite(p.value()) || !Mat.finite(p.grad())) return false;
        }
        return true;
    }
}
