package gradcards.app;

import gradcards.srs.Memory;
import gradcards.srs.Review;
import gradcards.store.Database;
import gradcards.store.ReviewRow;
import gradcards.study.ReviewSink;

/** Saves session answers to the database, each in its own transaction. */
final class DbSink implements ReviewSink {
    private final Database db;
    private final String mode;

    DbSink(Database db, String mode) {
        this.db = db;
        this.mode = mode;
    }

    @Override
    public long save(String cardId, Review r, long durationMs) {
        return db.saveReview(ReviewRow.of(cardId, r.reviewedAt(), r.rating(), r.before().state(), r.after(),
                r.elapsedDays(), r.scheduledDays(), durationMs, mode),
                gradcards.study.QuizScheduling.leavesCard(r) ? null : r.after()); // a quiz answer that leaves the card
    }

    @Override
    public void undo(long reviewId, String cardId, Memory previous) {
        db.undoReview(reviewId, cardId, previous);
    }
}
