package gradcards.trainer;

/**
 * One trainable tensor and its gradient, both stored as matrices (a bias or a scalar is a one-row matrix);
 * weight marks the dense weight matrices, the only tensors the L1/L2 penalties and weight statistics see.
 */
public record Param(String name, double[][] value, double[][] grad, boolean weight) {

    /** A parameter with a zeroed gradient of the same shape as the value. */
    public static Param of(String name, double[][] value, boolean weight) {
        double[][] grad = new double[value.length][];
        for (int r = 0; r < value.length; r++) grad[r] = new double[value[r].length];
        return new Param(name, value, grad, weight);
    }

    /** The number of scalars in this parameter. */
    public int size() {
        int s = 0;
        for (double[] row : value) s += row.length;
        return s;
    }
}
