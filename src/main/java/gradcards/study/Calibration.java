package gradcards.study;

/**
 * How well the memory model fits this learner: for each review of a card in the Review state, the FSRS-6 recall
 * predicted from the card's memory before that review (the stability after the previous answer and the time since it)
 * against what happened (Again = forgotten). Five bins of predicted recall (0–20 %, …, 80–100 %) with their count, mean
 * prediction and observed recall, and the log loss over all of them (lower is better; NaN without reviews).
 */
public record Calibration(int[] count, double[] predicted, double[] observed, int reviews, double logLoss) {
    /** Number of bins. */
    public static final int BINS = 5;

    /** The bin of a predicted recall p in [0, 1]. */
    public static int bin(double p) {
        return Math.max(0, Math.min(BINS - 1, (int) (p * BINS)));
    }

    /** Accumulates predictions and outcomes. */
    public static final class Builder {
        private final int[] count = new int[BINS];
        private final int[] recalled = new int[BINS];
        private final double[] sum = new double[BINS];
        private double loss;
        private int n;

        /** One review: predicted recall p and whether it was recalled. */
        public void add(double p, boolean recalledIt) {
            int b = bin(p);
            count[b]++;
            sum[b] += p;
            if (recalledIt) recalled[b]++;
            double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
            loss -= recalledIt ? Math.log(q) : Math.log(1 - q);
            n++;
        }

        /**
         * The sums of many reviews in one bin at once (as {@link #add} would leave them): their count, summed
         * prediction, how many were recalled and their summed log loss.
         */
        public void addBin(int bin, int reviews, double sumPredicted, int recalledReviews, double logLossSum) {
            int b = Math.max(0, Math.min(BINS - 1, bin));
            count[b] += reviews;
            sum[b] += sumPredicted;
            recalled[b] += recalledReviews;
            loss += logLossSum;
            n += reviews;
        }

        public Calibration build() {
            double[] pred = new double[BINS];
            double[] obs = new double[BINS];
            for (int i = 0; i < BINS; i++) {
                pred[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
                obs[i] = count[i] == 0 ? Double.NaN : (double) recalled[i] / count[i];
            }
            return new Calibration(count.clone(), pred, obs, n, n == 0 ? Double.NaN : loss / n);
        }
    }
}
