package gradcards.study;

import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import java.time.Instant;

/**
 * What an answer does to a card's memory. Study sessions and quizzes share one answer path (AnswerPath); a mode
 * that must schedule differently (e.g. an exam round that leaves new cards new) plugs in its own policy here.
 */
@FunctionalInterface
public interface SchedulePolicy {
    /** The review of card (with its current memory) rated at an instant. */
    Review review(Scheduler scheduler, String cardId, Memory current, Rating rating, Instant at);

    /** The FSRS schedule: every answer moves the card's memory. */
    SchedulePolicy SCHEDULE = Scheduler::review;
}
