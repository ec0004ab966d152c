package gradcards.srs;

import java.time.Instant;

/**
 * What the scheduler knows of one card: its state and learning step, FSRS stability (days) and
 * difficulty (1..10), when it is due, when it was last reviewed, and its review and lapse counts.
 * A new card has stability and difficulty 0 and no last review.
 */
public record Memory(CardState state, int step, double stability, double difficulty,
                     Instant due, Instant lastReview, int reps, int lapses) {

    /** A card never reviewed, due at the given instant. */
    public static Memory fresh(Instant due) {
        return new Memory(CardState.NEW, 0, 0.0, 0.0, due, null, 0, 0);
    }

    public boolean isNew() {
        return state == CardState.NEW;
    }

    /** Whether the card is in a (re)learning step shorter than a day, i.e. due again within the same day. */
    public boolean scheduledIntraday() {
        return (state == CardState.LEARNING || state == CardState.RELEARNING)
                && lastReview != null && due.isBefore(lastReview.plus(java.time.Duration.ofDays(1)));
    }
}
