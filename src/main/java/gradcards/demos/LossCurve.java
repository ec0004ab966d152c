package gradcards.demos;

/** A loss curve of one configuration: values[k] is the loss at step k (may hold NaN or infinity when diverged). */
public record LossCurve(String label, double[] values) {
}
