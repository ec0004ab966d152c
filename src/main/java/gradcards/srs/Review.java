package gradcards.srs;

import java.time.Instant;

/**
 * One applied rating, the review-log row: the memory after and before, the rating, when it was given,
 * the study days since the previous review, and the days scheduled (0 for a learning step).
 */
public record Review(Memory after, Rating rating, Memory before, Instant reviewedAt, int elapsedDays,
                     int scheduledDays) {
}
