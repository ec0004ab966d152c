package gradcards.trainer;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The fixed data sets of the demos (demos.md §2): two interleaved spirals and a noisy random-teacher task. Only the
 * network seed varies between runs; the data come from constant seeds.
 */
public final class Datasets {
    private static final long SPIRAL_SEED = 11;
    private static final long TEACHER_SEED = 22;

    private Datasets() {
    }

    /**
     * spirals(n): for k = 0..n/2−1, r = k/(n/2), θ = 3πr; class 0 at (r cos θ, r sin θ), class 1 at minus that point,
     * each coordinate plus N(0, 0.05²) noise (class-0 points first).
     */
    public static DataSet spirals(int n) {
        return spirals(n, new SplittableRandom(SPIRAL_SEED));
    }

    /** spirals(n) with the noise drawn from the given generator. */
    public static DataSet spirals(int n, RandomGenerator rng) {
        int half = n / 2;
        double[][] x = new double[2 * half][2];
        double[][] y = new double[2 * half][1];
        for (int k = 0; k < half; k++) {
            double r = k / (double) half;
            double theta = 3 * Math.PI * r;
            double cx = r * Math.cos(theta);
            double cy = r * Math.sin(theta);
            x[k] = new double[] {cx, cy};
            x[half + k] = new double[] {-cx, -cy};
            y[half + k][0] = 1.0;
        }
        for (double[] p : x) {
            p[0] += 0.05 * rng.nextGaussian();
            p[1] += 0.05 * rng.nextGaussian();
        }
        return new DataSet(x, y);
    }

    /** The fixed teacher for inputs of dimension d: W₁ 32×d with entries N(0, 1/d), w₂ 1×32 with entries N(0, 1/32). */
    public static Teacher teacher(int d) {
        RandomGenerator rng = new SplittableRandom(TEACHER_SEED * 1000 + d);
        double[][] w1 = Init.normal(1.0 / Math.sqrt(d)).weights(32, d, rng);
        double[] w2 = Init.normal(1.0 / Math.sqrt(32)).weights(1, 32, rng)[0];
        return new Teacher(w1, w2);
    }

    /** The demos' training set: teacher(100, d = 8, flip 0.15). */
    public static DataSet teacherTrain() {
        return teacher(8).sample(100, 0.15, new SplittableRandom(101));
    }

    /** The demos' validation set: teacher(1000, d = 8, flip 0.15). */
    public static DataSet teacherVal() {
        return teacher(8).sample(1000, 0.15, new SplittableRandom(102));
    }

    /** The dying-ReLU set of D05: teacher(256, d = 16), no label noise. */
    public static DataSet teacherD05() {
        return teacher(16).sample(256, 0.0, new SplittableRandom(103));
    }

    /** The pre-training set of D13: teacher(128, d = 16), no label noise. */
    public static DataSet teacherD13() {
        return teacher(16).sample(128, 0.0, new SplittableRandom(104));
    }

    /** A fixed two-layer teacher network: label = 1[w₂·tanh(W₁x) > 0]. */
    public record Teacher(double[][] w1, double[] w2) {

        /** The teacher's clean label for one input. */
        public double label(double[] x) {
            double s = 0;
            for (int h = 0; h < w1.length; h++) s += w2[h] * Math.tanh(Mat.dot(w1[h], x));
            return s > 0 ? 1.0 : 0.0;
        }

        /** n examples x ~ N(0, I_d) with the teacher's labels, each flipped with probability flip. */
        public DataSet sample(int n, double flip, RandomGenerator rng) {
            int d = w1[0].length;
            double[][] x = new double[n][d];
            double[][] y = new double[n][1];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) x[i][j] = rng.nextGaussian();
                double label = label(x[i]);
                y[i][0] = rng.nextDouble() < flip ? 1.0 - label : label;
            }
            return new DataSet(x, y);
        }
    }
}
