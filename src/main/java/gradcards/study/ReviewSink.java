package gradcards.study;

import gradcards.srs.Memory;
import gradcards.srs.Review;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where answers go (the database in the app). Each call is one transaction that reads the card's current memory and
 * writes under the write lock, so that another session answering the same cards never leaves a stale memory.
 */
public interface ReviewSink {
    /** A stored answer: its review id and the review. */
    record Saved(long reviewId, Review review) {
    }

    /**
     * Reads the card's current memory (empty: never studied), computes the review from it and stores review and new
     * memory; empty, storing nothing, when the card is new and the daily new-card limit is already reached.
     */
    Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs);

    /** As save, keeping what the learner gave (the wrong-answer notebook's last answer; "" or null: nothing). */
    default Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs,
                                 String answer) {
        return save(cardId, compute, durationMs);
    }

    /**
     * If reviewId is still the card's latest review, replaces it by compute(previous), previous being the memory
     * before it; empty (nothing changed) when the card was answered again since.
     */
    Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                            long durationMs);

    /** As replace, keeping what the learner gave. */
    default Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                                    long durationMs, String answer) {
        return replace(reviewId, cardId, previous, compute, durationMs);
    }

    /** If reviewId is still the card's latest review, deletes it and restores previous; false otherwise. */
    boolean undo(long reviewId, String cardId, Memory previous);

    /** The card's memory as stored now (empty: never studied). */
    Optional<Memory> current(String cardId);

    /** Whether one more new card may be introduced today (counted in the store, not planned by the session). */
    boolean newCardAllowed();
}
