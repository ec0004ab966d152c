package gradcards.study;

import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import java.time.Instant;

/**
 * What a quiz or exam answer does to a card (issue 8, point 5): a card already being studied gets an early review
 * (FSRS from its memory at the answer's time, as Anki's rescheduling filtered decks do); a card still New stays New
 * (the answer is logged, the card is not introduced and uses no new-card limit); with no-schedule every card stays
 * as it is. Shaped like a schedule policy: (scheduler, card, current memory, rating, instant) → review.
 */
public final class QuizScheduling {
    private QuizScheduling() {
    }

    /** The review of an answer; its after equals its before when the card is left as it is. */
    public static Review review(Scheduler scheduler, String cardId, Memory current, Rating rating, Instant at,
                                boolean noSchedule) {
        if (noSchedule || current.isNew()) return new Review(current, rating, current, at, 0, 0);
        return scheduler.review(cardId, current, rating, at);
    }

    /** This rule as the answer path's policy (quiz and exam answers). */
    public static SchedulePolicy policy(boolean noSchedule) {
        return (scheduler, cardId, current, rating, at) -> review(scheduler, cardId, current, rating, at, noSchedule);
    }

    /** Whether a review leaves the card's memory as it was (nothing to store in card_state). */
    public static boolean leavesCard(Review r) {
        return r.after().equals(r.before());
    }
}
