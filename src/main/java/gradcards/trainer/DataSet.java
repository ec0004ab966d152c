package gradcards.trainer;

/** A batch of examples: inputs x [batch][features] and targets y [batch][outputs]. */
public record DataSet(double[][] x, double[][] y) {

    /** The number of examples. */
    public int size() {
        return x.length;
    }

    /** The number of input features. */
    public int features() {
        return x[0].length;
    }
}
