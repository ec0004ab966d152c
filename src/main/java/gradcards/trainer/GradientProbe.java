package gradcards.trainer;

import java.util.List;

/** Measures a network's gradients on a full batch and condenses them into a {@link Probe}. */
public final class GradientProbe {
    private GradientProbe() {
    }

    /** Runs one training-mode forward/backward pass on the data and measures it (weights are not changed). */
    public static Probe measure(Network net, DataSet data) {
        double loss = net.lossAndGradients(data.x(), data.y());
        return read(net, loss);
    }

    /** Measures the state left by the last forward/backward pass, whose data loss was loss. */
    public static Probe read(Network net, double loss) {
        List<Block> blocks = net.blocks();
        int layers = blocks.size();
        double[] w = new double[layers];
        double[] d = new double[layers];
        for (int l = 0; l < layers; l++) {
            w[l] = Mat.frobenius(blocks.get(l).dense().dW());
            d[l] = Mat.frobenius(blocks.get(l).delta());
        }
        UnitStats u = UnitStats.of(blocks.subList(0, layers - 1));
        double outStd = std(blocks.get(layers - 1).activationOutput());
        return new Probe(w, d, u.satFrac(), u.meanDact(), u.deadFrac(), u.zeroGradFrac(), loss, outStd);
    }

    /** The population standard deviation of all entries. */
    static double std(double[][] a) {
        double sum = 0;
        double sq = 0;
        int count = 0;
        for (double[] row : a) {
            for (double v : row) {
                sum += v;
                sq += v * v;
                count++;
            }
        }
        double mean = sum / count;
        return Math.sqrt(Math.max(0, sq / count - mean * mean));
    }

    /** Hidden-unit statistics over all hidden blocks. */
    record UnitStats(double satFrac, double meanDact, double deadFrac, double zeroGradFrac) {

        static UnitStats of(List<Block> hidden) {
            double[] cells = new double[3];
            int units = 0;
            int dead = 0;
            int zeroGrad = 0;
            for (Block b : hidden) {
                addCells(b, cells);
                units += b.dense().out();
                dead += deadUnits(b.activationInput());
                zeroGrad += zeroRows(b.dense().dW());
            }
            if (units == 0) return new UnitStats(0, 0, 0, 0);
            return new UnitStats(cells[1] / cells[0], cells[2] / cells[0], dead / (double) units,
                    zeroGrad / (double) units);
        }

        /** Adds {unit-examples, saturated ones, Σ act'} of one block into acc. */
        private static void addCells(Block b, double[] acc) {
            double[][] a = b.activationInput();
            double[][] y = b.activationOutput();
            Activation act = b.activation();
            double alpha = b.alpha();
            for (int n = 0; n < a.length; n++) {
                acc[1] += act.countSaturated(y[n]);
                acc[2] = act.addDerivatives(a[n], y[n], alpha, acc[2]);
                acc[0] += a[n].length;
            }
        }

        private static int deadUnits(double[][] a) {
            int dead = 0;
            for (int j = 0; j < a[0].length; j++) {
                boolean allOff = true;
                for (double[] row : a) allOff &= row[j] <= 0;
                if (allOff) dead++;
            }
            return dead;
        }

        private static int zeroRows(double[][] dW) {
            int zero = 0;
            for (double[] row : dW) {
                boolean allZero = true;
                for (double v : row) allZero &= v == 0.0;
                if (allZero) zero++;
            }
            return zero;
        }
    }
}
