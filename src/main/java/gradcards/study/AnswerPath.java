package gradcards.study;

import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way an answer reaches the store, for study sessions and quizzes alike: an answer is computed from the
 * card's memory as stored at that moment (not as the session read it at its start) and saved in the same
 * transaction; a new rating replaces it; undo takes it back only while it is still the card's latest answer.
 */
public final class AnswerPath {
    /** An answer as stored; changedElsewhere when the card's memory was changed by another session since shown. */
    public record Given(long reviewId, Review review, long durationMs, boolean changedElsewhere, String answer) {
        public Rating rating() {
            return review.rating();
        }
    }

    private final Scheduler scheduler;
    private final ReviewSink sink;
    private final SchedulePolicy policy;

    public AnswerPath(Scheduler scheduler, ReviewSink sink, SchedulePolicy policy) {
        this.scheduler = scheduler;
        this.sink = sink;
        this.policy = policy;
    }

    /**
     * Saves an answer with this rating at an instant, computed from the card's stored memory; shown is the memory the
     * session showed (null: never studied). Empty when the card is new and the daily new-card limit is reached.
     */
    public Optional<Given> give(String cardId, Memory shown, Rating rating, Instant at, long durationMs) {
        return give(cardId, shown, rating, at, durationMs, null);
    }

    /** As give, keeping what the learner gave (see AnswerText) for the wrong-answer notebook. */
    public Optional<Given> give(String cardId, Memory shown, Rating rating, Instant at, long durationMs, String answer) {
        Memory[] found = new Memory[1];
        Optional<ReviewSink.Saved> saved = sink.save(cardId, current -> {
            found[0] = current.orElse(null);
            return policy.review(scheduler, cardId, current.orElse(Memory.fresh(at)), rating, at);
        }, durationMs, answer);
        return saved.map(s -> new Given(s.reviewId(), s.review(), durationMs, !same(shown, found[0]), answer));
    }

    /** Replaces a given answer's rating in one transaction; empty (the answer stays) when the card was answered since. */
    public Optional<Given> rerate(Given given, String cardId, Rating rating) {
        if (given.rating() == rating) return Optional.of(given);
        Instant at = given.review().reviewedAt();
        return sink.replace(given.reviewId(), cardId, given.review().before(),
                        before -> policy.review(scheduler, cardId, before, rating, at), given.durationMs(), given.answer())
                .map(s -> new Given(s.reviewId(), s.review(), given.durationMs(), given.changedElsewhere(), given.answer()));
    }

    /** Takes a given answer back; false (nothing changed) when the card was answered since. */
    public boolean undo(Given given, String cardId) {
        return sink.undo(given.reviewId(), cardId, given.review().before());
    }

    /** What each rating would give a card with this memory at an instant (the rating buttons). */
    public java.util.Map<Rating, Review> preview(String cardId, Memory before, Instant at) {
        return scheduler.preview(cardId, before, at);
    }

    /** The card's memory as stored now, or null when never studied. */
    public Memory stored(String cardId) {
        return sink.current(cardId).orElse(null);
    }

    /** Whether one more new card may be introduced today. */
    public boolean newCardAllowed() {
        return sink.newCardAllowed();
    }

    /** Whether two memories are the same knowledge of a card (never studied = new). */
    static boolean same(Memory a, Memory b) {
        boolean aNew = a == null || a.isNew();
        boolean bNew = b == null || b.isNew();
        return aNew && bNew || !aNew && !bNew && Objects.equals(a, b);
    }
}
