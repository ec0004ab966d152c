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

        /**
         * One pass over each block's rows: saturated outputs, Σ act′ (added in example, then unit order, the same sum
         * as one act′ at a time) and which units are on (pre-activation > 0) for some example; a unit on for no
         * example is dead. Per-row methods, so that a demo's first run gets them compiled early.
         */
        static UnitStats of(List<Block> hidden) {
            long cells = 0;
            long saturated = 0;
            double dact = 0;
            int units = 0;
            int dead = 0;
            int zeroGrad = 0;
            for (Block b : hidden) {
                double[][] a = b.activationInput();
                double[][] y = b.activationOutput();
                Activation act = b.activation();
                double alpha = b.alpha();
                boolean[] on = new boolean[a[0].length];
                for (int n = 0; n < a.length; n++) {
                    saturated += act.countSaturated(y[n]);
                    dact = act.addDerivatives(a[n], y[n], alpha, dact);
                    markOn(a[n], on);
                    cells += a[n].length;
                }
                for (boolean o : on) {
                    if (!o) dead++;
                }
                units += b.dense().out();
                zeroGrad += zeroRows(b.dense().dW());
            }
            if (units == 0) return new UnitStats(0, 0, 0, 0);
            return new UnitStats(saturated / (double) cells, dact / cells, dead / (double) units,
                    zeroGrad / (double) units);
        }

        /** Marks the units whose pre-activation is above 0 (NaN is not ≤ 0, so it counts as on, as before). */
        private static void markOn(double[] a, boolean[] on) {
            for (int j = 0; j < a.length; j++) on[j] |= !(a[j] <= 0);
        }

        private static int zeroRows(double[][] dW) {
            int zero = 0;
            for (double[] row : dW) {
                if (zeroRow(row)) zero++;
            }
            return zero;
        }

        private static boolean zeroRow(double[] row) {
            boolean allZero = true;
            for (double v : row) allZero &= v == 0.0;
            return allZero;
        }
    }
}
