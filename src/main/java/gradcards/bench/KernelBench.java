package gradcards.bench;

import gradcards.trainer.Dense;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The dense forward + backward kernel (W·x, dW, dx of one square layer, batch 128) in GMAC/s: the blocked kernel
 * ({@link Dense}) and the old scalar one ({@link ScalarDense}) side by side in one process, in alternating rounds,
 * median over the rounds and the ratio new / old. Rates are per CPU second of the benchmark thread (on a shared,
 * loaded machine wall time measures the other processes too). Run: {@code java -cp target/gradcards.jar gradcards.bench.KernelBench}.
 */
public final class KernelBench {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private KernelBench() {
    }

    /** {old GMAC/s, new GMAC/s} at the width, medians of rounds alternating old and new, each about roundNanos. */
    public static double[] compare(int width, int batch, int rounds, long roundNanos) {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] w = random(rng, width, width);
        double[][] x = random(rng, batch, width);
        double[][] delta = random(rng, batch, width);
        Dense dense = new Dense("bench", w);
        double[][] z = new double[batch][width];
        double[][] dx = new double[batch][width];
        double[][] wt = new double[width][width];
        double[][] dW = new double[width][width];
        double[] db = new double[width];
        double macs = 3.0 * batch * width * width;
        double[] old = new double[rounds];
        double[] neu = new double[rounds];
        for (int r = -WARM_ROUNDS; r < rounds; r++) {          // the negative rounds warm both up
            for (int which = 0; which < 2; which++) {
                boolean runOld = (r & 1) == 0 ? which == 0 : which == 1; // alternate who goes first
                long cpu0 = CPU.getCurrentThreadCpuTime();
                long passes = runOld ? scalar(w, dense.b(), wt, x, z, delta, dW, db, dx, roundNanos)
                        : blocked(dense, x, z, delta, dx, roundNanos);
                double g = passes * macs / (CPU.getCurrentThreadCpuTime() - cpu0);
                if (r >= 0) (runOld ? old : neu)[r] = g;
            }
        }
        return new double[] {median(old), median(neu)};
    }

    /** Warm-up rounds (each kernel runs this many untimed rounds first, so that C2 has compiled it). */
    private static final int WARM_ROUNDS = 3;

    // Rounds last a CPU time, not a wall time: on a loaded machine a wall-clock warm-up may end before C2 has had
    // the CPU to compile the kernels. Each kernel is timed in a method of its own: one loop calling both would be compiled as one big method in
    // which the JIT inlines one kernel or the other depending on the run (ratios from 0.5x to 3x between processes).
    private static long scalar(double[][] w, double[] b, double[][] wt, double[][] x, double[][] z, double[][] delta,
                               double[][] dW, double[] db, double[][] dx, long nanos) {
        long start = CPU.getCurrentThreadCpuTime();
        long passes = 0;
        do {
            ScalarDense.forward(w, b, wt, x, z);
            ScalarDense.backward(w, delta, x, dW, db, dx);
            passes++;
        } while (CPU.getCurrentThreadCpuTime() - start < nanos);
        return passes;
    }

    private static long blocked(Dense dense, double[][] x, double[][] z, double[][] delta, double[][] dx, long nanos) {
        long start = CPU.getCurrentThreadCpuTime();
        long passes = 0;
        do {
            dense.forward(x, z);
            dense.backward(delta, x, dx);
            passes++;
        } while (CPU.getCurrentThreadCpuTime() - start < nanos);
        return passes;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double[][] random(SplittableRandom rng, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) row[j] = rng.nextGaussian();
        }
        return a;
    }

    /** Prints old, new and the ratio at widths 32 and 256 (or the widths given as arguments). */
    public static void main(String[] args) {
        int[] widths = args.length == 0 ? new int[] {32, 256} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int width : widths) {
            double[] g = compare(width, 128, 9, 200_000_000L);
            System.out.printf(Locale.ROOT, "dense fwd+bwd width %3d: scalar %.2f GMAC/s, blocked %.2f GMAC/s, ratio %.2fx%n",
                    width, g[0], g[1], g[1] / g[0]);
        }
    }
}
