package gradcards.store;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer as logged in review_log: the card, when and how it was rated, the state before the
 * review, the memory after it (stability, difficulty, due), the day counts, the answer time and
 * the mode ("study" or "quiz").
 */
public record ReviewRow(String cardId, Instant reviewedAt, Rating rating, CardState stateBefore,
                        double stability, double difficulty, Instant due,
                        int elapsedDays, int scheduledDays, long durationMs, String mode) {

    /** The mode of answers given in a study session. */
    public static final String STUDY = "study";
    /** The mode of answers given in a quiz. */
    public static final String QUIZ = "quiz";
    /** The mode of answers given in a mock exam. */
    public static final String EXAM = "exam";

    public ReviewRow {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(due, "due");
        if (!STUDY.equals(mode) && !QUIZ.equals(mode) && !EXAM.equals(mode)) {
            throw new IllegalArgumentException("mode must be study, quiz or exam, got " + mode);
        }
    }

    /** The log row of a review made by the scheduler, answered in durationMs in the given mode. */
    public static ReviewRow of(String cardId, Review review, long durationMs, String mode) {
        return of(cardId, review.reviewedAt(), review.rating(), review.before().state(), review.after(),
                review.elapsedDays(), review.scheduledDays(), durationMs, mode);
    }

    /** The log row of a review that took the card from stateBefore to the memory after. */
    public static ReviewRow of(String cardId, Instant reviewedAt, Rating rating, CardState stateBefore,
                               Memory after, int elapsedDays, int scheduledDays, long durationMs, String mode) {
        return new ReviewRow(cardId, reviewedAt, rating, stateBefore, after.stability(), after.difficulty(),
                after.due(), elapsedDays, scheduledDays, durationMs, mode);
    }
}
