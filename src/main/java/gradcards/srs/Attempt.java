package gradcards.srs;

import java.time.Duration;
import java.time.Instant;

/** A card about to be rated: its id and memory, the review instant, study days elapsed and the fuzz draw. */
record Attempt(String cardId, Memory before, Instant now, int elapsedDays, double fuzzDraw) {

    /** The Review row for a rating that leaves the card in a state and step, due after a wait. */
    Review outcome(Rating rating, MemoryState m, CardState state, int step, Duration wait, int scheduledDays,
                   boolean lapse) {
        Memory after = new Memory(state, step, m.stability(), m.difficulty(), now.plus(wait), now,
                before.reps() + 1, before.lapses() + (lapse ? 1 : 0));
        return new Review(after, rating, before, now, elapsedDays, scheduledDays);
    }

    /** The Review row for a card put into Review state for a whole number of days. */
    Review inReview(Rating rating, MemoryState m, int days, boolean lapse) {
        return outcome(rating, m, CardState.REVIEW, 0, Duration.ofDays(days), days, lapse);
    }
}
