package gradcards.app;

import gradcards.srs.Memory;
import gradcards.srs.Review;
import gradcards.store.AnswerLog;
import gradcards.store.Database;
import gradcards.study.ReviewSink;
import java.util.Optional;
import java.util.function.Function;

/** Saves answers to the database, each read-compute-write in one immediate transaction (AnswerLog). */
final class DbSink implements ReviewSink {
    private final AnswerLog log;
    private final AnswerLog.NewCardCap cap;

    /** A sink for answers of the given mode; cap (null: none) bounds today's new cards as stored. */
    DbSink(Database db, String mode, AnswerLog.NewCardCap cap) {
        this.log = db.answers(mode);
        this.cap = cap;
    }

    @Override
    public Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs) {
        return save(cardId, compute, durationMs, null);
    }

    @Override
    public Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs,
                                String answer) {
        return log.answer(cardId, compute, durationMs, cap, answer).map(s -> new Saved(s.reviewId(), s.review()));
    }

    @Override
    public Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                                   long durationMs) {
        return replace(reviewId, cardId, previous, compute, durationMs, null);
    }

    @Override
    public Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                                   long durationMs, String answer) {
        return log.replace(reviewId, cardId, previous, compute, durationMs, answer)
                .map(s -> new Saved(s.reviewId(), s.review()));
    }

    @Override
    public boolean undo(long reviewId, String cardId, Memory previous) {
        return log.undo(reviewId, cardId, previous);
    }

    @Override
    public Optional<Memory> current(String cardId) {
        return log.current(cardId);
    }

    @Override
    public boolean newCardAllowed() {
        return cap == null || log.newCardsBetween(cap.from(), cap.to()) < cap.limit();
    }
}
