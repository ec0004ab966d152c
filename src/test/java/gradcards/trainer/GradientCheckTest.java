package gradcards.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every layer type, activation, loss, penalty and option passes a central finite-difference check (rel. err. < 1e-6). */
class GradientCheckTest {

    private static DataSet data(int batch, int in, int out, Loss loss, long seed) {
        RandomGenerator rng = new SplittableRandom(seed);
        double[][] x = new double[batch][in];
        double[][] y = new double[batch][out];
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < in; i++) x[n][i] = rng.nextGaussian();
            if (loss == Loss.SOFTMAX_CE) y[n][rng.nextInt(out)] = 1.0;
            for (int j = 0; j < out && loss != Loss.SOFTMAX_CE; j++) {
                y[n][j] = loss == Loss.MSE ? rng.nextGaussian() : rng.nextInt(2);
            }
        }
        return new DataSet(x, y);
    }

    private static Network net(int[] widths, Activation act, boolean bn, double dropout, boolean residual, Loss loss) {
        NetSpec spec = new NetSpec(widths, act, Init.normal(0.7), bn, dropout, residual);
        Network net = Network.build(spec, loss, new SplittableRandom(7), new SplittableRandom(8));
        randomiseBiases(net);
        return net;
    }

    /** Non-zero biases so that their gradients and the ReLU kinks are exercised away from the origin. */
    private static void randomiseBiases(Network net) {
        RandomGenerator rng = new SplittableRandom(9);
        for (Block b : net.blocks()) {
            double[] bias = b.dense().b();
            for (int j = 0; j < bias.length; j++) bias[j] = 0.3 * rng.nextGaussian();
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationWithBceLoss(Activation act) {
        Network net = net(new int[] {3, 5, 4, 1}, act, false, 0, false, Loss.BCE_WITH_LOGITS);
        GradCheck.checkAll(net, data(6, 3, 1, Loss.BCE_WITH_LOGITS, 1), Penalty.NONE);
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void everyLossWithThreeOutputs(Loss loss) {
        Network net = net(new int[] {3, 5, 3}, Activation.TANH, false, 0, false, loss);
        GradCheck.checkAll(net, data(7, 3, 3, loss, 2), Penalty.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "RELU", "PRELU"})
    void batchNormInTrainingMode(Activation act) {
        Network net = net(new int[] {3, 6, 5, 2}, act, true, 0, false, Loss.SOFTMAX_CE);
        perturbBatchNorm(net);
        GradCheck.checkAll(net, data(8, 3, 2, Loss.SOFTMAX_CE, 3), Penalty.NONE);
    }

    /** γ ≠ 1 and β ≠ 0 so that their gradients matter. */
    private static void perturbBatchNorm(Network net) {
        RandomGenerator rng = new SplittableRandom(10);
        for (Block b : net.blocks()) {
            for (Param p : b.params()) {
                if (p.name().startsWith("bn")) {
                    for (int j = 0; j < p.value()[0].length; j++) p.value()[0][j] += 0.2 * rng.nextGaussian();
                }
            }
        }
    }

    @Test
    void dropoutWithAFixedMask() {
        Network net = net(new int[] {3, 6, 6, 1}, Activation.SIGMOID, false, 0.5, false, Loss.BCE_WITH_LOGITS);
        RandomGenerator rng = new SplittableRandom(11);
        for (Block b : net.blocks().subList(0, 2)) {
            double[][] mask = new double[6][6];
            for (double[] row : mask) {
                for (int j = 0; j < 6; j++) row[j] = rng.nextBoolean() ? 2.0 : 0.0;
            }
            b.fixMask(mask);
        }
        GradCheck.checkAll(net, data(6, 3, 1, Loss.BCE_WITH_LOGITS, 4), Penalty.NONE);
    }

    @Test
    void l1AndL2PenaltiesOnWeightsOnly() {
        Network net = net(new int[] {3, 5, 4, 1}, Activation.TANH, false, 0, false, Loss.BCE_WITH_LOGITS);
        DataSet d = data(6, 3, 1, Loss.BCE_WITH_LOGITS, 5);
        GradCheck.checkAll(net, d, new Penalty(0.0, 0.3));
        GradCheck.checkAll(net, d, new Penalty(0.05, 0.0));
        GradCheck.checkAll(net, d, new Penalty(0.02, 0.1));
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU"})
    void residualBlocks(Activation act) {
        Network net = net(new int[] {3, 4, 4, 4, 1}, act, false, 0, true, Loss.BCE_WITH_LOGITS);
        assertThat(net.blocks().stream().filter(Block::residual).count()).isEqualTo(2);
        GradCheck.checkAll(net, data(6, 3, 1, Loss.BCE_WITH_LOGITS, 6), Penalty.NONE);
    }

    @Test
    void everythingTogether() {
        Network net = net(new int[] {3, 5, 5, 1}, Activation.PRELU, true, 0.3, true, Loss.BCE_WITH_LOGITS);
        net.blocks().get(1).fixMask(new double[][] {
            {0, 1 / 0.7, 1 / 0.7, 0, 1 / 0.7}, {1 / 0.7, 1 / 0.7, 0, 1 / 0.7, 1 / 0.7}, {1 / 0.7, 0, 0, 1 / 0.7, 1 / 0.7},
            {1 / 0.7, 1 / 0.7, 1 / 0.7, 1 / 0.7, 0}, {0, 0, 1 / 0.7, 1 / 0.7, 1 / 0.7}});
        double[][] first = ones(5, 5);
        first[2][3] = 0;
        first[4][0] = 0;
        net.blocks().get(0).fixMask(first);
        GradCheck.checkAll(net, data(5, 3, 1, Loss.BCE_WITH_LOGITS, 7), new Penalty(0.01, 0.05));
    }

    private static double[][] ones(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) java.util.Arrays.fill(row, 1.0 / 0.7);
        return m;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LEAKY_RELU", "PRELU"})
    void slopeAlphaGradient(Activation act) {
        Network net = net(new int[] {3, 5, 4, 1}, act, false, 0, false, Loss.BCE_WITH_LOGITS);
        DataSet d = data(8, 3, 1, Loss.BCE_WITH_LOGITS, 8);
        net.lossAndGradients(d.x(), d.y());
        List<Block> hidden = net.blocks().subList(0, 2);
        double[] analytic = hidden.stream().mapToDouble(Block::dalpha).toArray();
        for (int l = 0; l < hidden.size(); l++) {
            Block b = hidden.get(l);
            double[] cell = {b.alpha()};
            double numeric = GradCheck.numeric(cell, 0, () -> {
                b.setAlpha(cell[0]);
                return net.loss(d.x(), d.y(), true);
            });
            b.setAlpha(cell[0]);
            assertThat(analytic[l]).isNotZero();
            assertThat(GradCheck.relError(analytic[l], numeric)).isLessThan(1e-6);
        }
    }
}
