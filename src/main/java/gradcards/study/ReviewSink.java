package gradcards.study;

import gradcards.srs.Memory;
import gradcards.srs.Review;

/** Where answers go: each save is durable (review row and card memory in one transaction) before it returns. */
public interface ReviewSink {

    /** Stores the review and the card's new memory; returns the review's id. */
    long save(String cardId, Review review, long durationMs);

    /** Deletes review id and restores the card's previous memory, in one transaction. */
    void undo(long reviewId, String cardId, Memory previous);
}
