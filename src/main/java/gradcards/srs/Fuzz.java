package gradcards.srs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Interval fuzz of ts-fsrs 5.4.2 ({@code get_fuzz_range}, {@code apply_fuzz}): Review intervals of
 * 2.5 days or more move within a range that widens with the interval; the draw is deterministic,
 * seeded from the card id, its review count and the review second with a local SplitMix64.
 */
public final class Fuzz {

    /** The closed range [min, max] of days a fuzzed interval can take. */
    public record Range(int min, int max) {

        /** True if the day count lies in the range. */
        public boolean contains(long days) {
            return days >= min && days <= max;
        }
    }

    private static final double[][] BANDS = {{2.5, 7, 0.15}, {7, 20, 0.10}, {20, Double.POSITIVE_INFINITY, 0.05}};

    private Fuzz() {
    }

    /** Half-width {@code delta = 1 + Σ factor·max(min(ivl, end) − start, 0)} over the bands of §1.6. */
    public static double delta(double interval) {
        double delta = 1;
        for (double[] band : BANDS) delta += band[2] * Math.max(Math.min(interval, band[1]) - band[0], 0);
        return delta;
    }

    /** The fuzz range: [max(2, round(ivl − δ)), min(round(ivl + δ), maximum)], min ≥ elapsed + 1 when ivl > elapsed. */
    public static Range range(double interval, int elapsedDays, int maximumInterval) {
        double delta = delta(interval);
        double ivl = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(ivl - delta));
        long max = Math.min(Math.round(ivl + delta), maximumInterval);
        if (ivl > elapsedDays) min = Math.max(min, elapsedDays + 1L);
        return new Range((int) Math.min(min, max), (int) max);
    }

    /** The fuzzed whole-day interval for a draw u in [0, 1): {@code floor(u·(max − min + 1) + min)}; below 2.5 days unchanged. */
    public static int apply(int interval, int elapsedDays, int maximumInterval, double u) {
        if (interval < 2.5) return interval;
        Range r = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(u * (r.max() - r.min() + 1) + r.min());
    }

    /**
     * The deterministic draw in [0, 1) for one review of a card (its review count after this review); the
     * instant counts to the second so a review log stored at second precision replays the same fuzz.
     */
    public static double draw(String cardId, int reps, Instant reviewedAt) {
        long h = SplitMix64.GAMMA;
        for (byte b : cardId.getBytes(StandardCharsets.UTF_8)) h = SplitMix64.next(h ^ (b & 0xFF));
        h = SplitMix64.next(h ^ reps);
        h = SplitMix64.next(h ^ reviewedAt.getEpochSecond());
        return SplitMix64.unit(SplitMix64.next(h));
    }
}
