package gradcards.trainer;

/** Small matrix helpers over double[][] (row-major, batch-major for activations). */
public final class Mat {
    private Mat() {
    }

    /** A zero matrix of the given shape. */
    public static double[][] zeros(int rows, int cols) {
        return new double[rows][cols];
    }

    /** A deep copy. */
    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int r = 0; r < a.length; r++) c[r] = a[r].clone();
        return c;
    }

    /** Sets every entry to zero. */
    public static void clear(double[][] a) {
        for (double[] row : a) java.util.Arrays.fill(row, 0.0);
    }

    /** Whether every entry is finite (no NaN, no ±∞). */
    public static boolean finite(double[][] a) {
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) return false;
            }
        }
        return true;
    }

    /** The sum of squares of all entries. */
    public static double sumSquares(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) s += v * v;
        }
        return s;
    }

    /** The Frobenius norm √(Σ a²). */
    public static double frobenius(double[][] a) {
        return Math.sqrt(sumSquares(a));
    }

    /** The transpose of a [rows][cols] matrix into a preallocated [cols][rows] matrix. */
    public static void transpose(double[][] a, double[][] into) {
        for (int r = 0; r < a.length; r++) {
            double[] row = a[r];
            for (int c = 0; c < row.length; c++) into[c][r] = row[c];
        }
    }

    /** The spectral norm ‖W‖₂ (largest singular value) by power iteration on WᵀW until it settles. */
    public static double spectralNorm(double[][] w) {
        int in = w[0].length;
        double[] v = new double[in];
        java.util.Arrays.fill(v, 1.0 / Math.sqrt(in));
        double sigma = 0;
        for (int it = 0; it < 10_000; it++) {
            double[] u = times(w, v);
            double[] next = transposeTimes(w, u);
            double norm = Math.sqrt(dot(next, next));
            double estimate = Math.sqrt(norm);
            if (norm == 0) return 0;
            for (int i = 0; i < in; i++) v[i] = next[i] / norm;
            if (Math.abs(estimate - sigma) <= 1e-14 * estimate) return estimate;
            sigma = estimate;
        }
        return sigma;
    }

    /** W·v for W [out][in]. */
    public static double[] times(double[][] w, double[] v) {
        double[] u = new double[w.length];
        for (int o = 0; o < w.length; o++) u[o] = dot(w[o], v);
        return u;
    }

    /** Wᵀ·u for W [out][in]. */
    public static double[] transposeTimes(double[][] w, double[] u) {
        double[] v = new double[w[0].length];
        for (int o = 0; o < w.length; o++) {
            for (int i = 0; i < v.length; i++) v[i] += u[o] * w[o][i];
        }
        return v;
    }

    /** The dot product. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
