package gradcards.demos;

/**
 * The budget of a `demo custom` run, estimated before any training: memory (weights, gradients, optimizer state and
 * a snapshot, 8 bytes a number, plus the activations of the batch) and trainer time (forward and backward,
 * about three multiply-adds per weight per example per step, counted at a conservative 1 GMAC/s).
 */
public record CustomBudget(long bytes, double seconds) {
    /** Trainer time allowed for one run, in seconds. */
    public static final double MAX_SECONDS = 60;
    /** Memory allowed for one run (less when the Java heap is smaller: see limitBytes). */
    public static final long MAX_BYTES = 1L << 30;
    /** Multiply-adds per second assumed by the estimate (the bench measures 5-9 GMAC/s on one core). */
    static final double MACS_PER_SECOND = 1e9;

    /** The estimate for a spec. */
    public static CustomBudget of(CustomSpec s) {
        int inputs = s.data().equals("spirals") ? 2 : 8;
        int batch = s.data().equals("spirals") ? 128 : 100;
        double weights = (double) inputs * s.width() + (double) (s.depth() - 2) * s.width() * s.width() + s.width()
                + (double) (s.depth() - 1) * s.width() + 1;
        int copies = 4 + (s.optimizer().equals("adam") ? 2 : 1) + (s.batchnorm() ? 1 : 0); // w, grad, snapshot, probe + state
        double activations = (double) batch * s.width() * s.depth() * (s.batchnorm() ? 6 : 3) * (s.dropout() > 0 ? 2 : 1);
        long bytes = (long) (8 * (weights * copies + activations));
        double seconds = 3 * weights * batch * Math.max(1, s.steps()) / MACS_PER_SECOND;
        return new CustomBudget(bytes, seconds);
    }

    /** The memory limit given the Java heap: 1 GiB, or half the heap when that is smaller. */
    public static long limitBytes(long maxHeap) {
        return Math.min(MAX_BYTES, maxHeap / 2);
    }
}
