package gradcards.trainer;

/** Early stopping on a validation loss checked every few steps: stop once patience steps pass without a new best. */
public final class EarlyStopping {
    private final int patience;
    private int bestStep = -1;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int stopStep = -1;

    /** Early stopping with the given patience, in training steps. */
    public EarlyStopping(int patience) {
        this.patience = patience;
    }

    /** Records the validation loss at a step; returns true once the stopping rule has fired. */
    public boolean observe(int step, double valLoss) {
        if (stopStep >= 0) return true;
        if (valLoss < bestLoss) {
            bestLoss = valLoss;
            bestStep = step;
        } else if (step - bestStep >= patience) {
            stopStep = step;
        }
        return stopStep >= 0;
    }

    /** The step with the lowest validation loss so far. */
    public int bestStep() {
        return bestStep;
    }

    /** The lowest validation loss so far. */
    public double bestLoss() {
        return bestLoss;
    }

    /** The step at which the rule fired, or −1 if it has not. */
    public int stopStep() {
        return stopStep;
    }
}
