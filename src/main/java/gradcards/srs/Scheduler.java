package gradcards.srs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The FSRS-6 scheduler, ts-fsrs 5.4.2 behaviour: pure functions from a card's memory, a rating and
 * the review instant to the next memory; no clock, storage or global randomness inside.
 */
public final class Scheduler {

    private final SchedulerConfig config;
    private final Parameters weights;
    private final double intervalModifier;

    /** A scheduler with these settings. */
    public Scheduler(SchedulerConfig config) {
        this.config = config;
        this.weights = config.effectiveParameters();
        this.intervalModifier = Fsrs.intervalModifier(weights, config.desiredRetention());
    }

    /** The settings. */
    public SchedulerConfig config() {
        return config;
    }

    /** The weights in use (the configured ones after ts-fsrs's setting-dependent clipping). */
    public Parameters weights() {
        return weights;
    }

    /** The outcome of rating a card at an instant. */
    public Review review(String cardId, Memory before, Rating rating, Instant now) {
        return preview(cardId, before, now).get(rating);
    }

    /** The outcomes of all four ratings (for the answer buttons), ordered Again..Easy. */
    public Map<Rating, Review> preview(String cardId, Memory before, Instant now) {
        Attempt a = attempt(cardId, before, now);
        return config.enableShortTerm() ? StepRules.preview(this, a) : LongTermRules.preview(this, a);
    }

    /** The memory after replaying a card's ratings from new (non-empty history, oldest first). */
    public Memory replay(String cardId, List<ReviewEvent> history) {
        List<Review> log = replayLog(cardId, history);
        if (log.isEmpty()) throw new IllegalArgumentException("replay needs at least one review");
        return log.get(log.size() - 1).after();
    }

    /** Every review obtained by replaying a card's ratings from new, a fresh card due at the first rating. */
    public List<Review> replayLog(String cardId, List<ReviewEvent> history) {
        List<Review> log = new ArrayList<>();
        Memory m = history.isEmpty() ? null : Memory.fresh(history.get(0).at());
        for (ReviewEvent e : history) {
            Review r = review(cardId, m, e.rating(), e.at());
            log.add(r);
            m = r.after();
        }
        return log;
    }

    /** Probability of recall now (0 for a new card), with elapsed time in whole study days. */
    public double retrievability(Memory memory, Instant now) {
        if (memory.isNew() || memory.stability() <= 0) return 0;
        return Fsrs.retrievability(weights, elapsedDays(memory, now), memory.stability());
    }

    /** The FSRS memory after a rating, from the attempt's elapsed days. */
    MemoryState nextState(Attempt a, Rating rating) {
        return Fsrs.nextState(weights, MemoryState.of(a.before()), a.elapsedDays(), rating, config.enableShortTerm());
    }

    /** Whole-day interval for a stability: round(S·modifier) within [1, maximum], then fuzz if enabled. */
    int nextInterval(double stability, Attempt a) {
        long days = Math.min(Math.max(1, Math.round(stability * intervalModifier)), config.maximumInterval());
        if (!config.fuzz()) return (int) days;
        return Fuzz.apply((int) days, a.elapsedDays(), config.maximumInterval(), a.fuzzDraw());
    }

    private Attempt attempt(String cardId, Memory before, Instant now) {
        int reps = before.reps() + 1;
        return new Attempt(cardId, before, now, elapsedDays(before, now), Fuzz.draw(cardId, reps, now));
    }

    // A review dated before the last one (a clock set back) counts as the same day rather than failing.
    private int elapsedDays(Memory m, Instant now) {
        if (m.isNew() || m.lastReview() == null) return 0;
        return Math.max(0, config.elapsedDays(m.lastReview(), now));
    }
}
