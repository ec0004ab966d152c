package gradcards.srs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The learning-step rule of ts-fsrs 5.4.2 ({@code BasicLearningStepsStrategy}): which step, if any,
 * a rating leads to from a New, Learning, Relearning or Review card; no step means the card graduates.
 */
public final class LearningSteps {

    /** A step to take: its length in whole minutes and the step index the card moves to. */
    public record Step(long minutes, int nextStep) {
    }

    private LearningSteps() {
    }

    /**
     * The step after rating a card in a state at step index {@code current}: Again → L[0] (step 0),
     * Hard → 1.5·L[0] or (L[0]+L[1])/2 (same step), Good → L[i+1] if it exists, Easy → none.
     * Review cards use the relearning steps and only Again has a step.
     */
    public static Optional<Step> next(SchedulerConfig config, CardState state, int current, Rating rating) {
        boolean relearn = state == CardState.RELEARNING || state == CardState.REVIEW;
        List<Duration> steps = relearn ? config.relearningSteps() : config.learningSteps();
        if (steps.isEmpty() || current >= steps.size()) return Optional.empty();
        if (state == CardState.REVIEW) {
            return rating == Rating.AGAIN ? step(steps, Math.max(0, current), 0) : Optional.empty();
        }
        switch (rating) {
            case AGAIN:
                return step(steps, 0, 0);
            case HARD:
                return Optional.of(new Step(hardMinutes(steps), current));
            case GOOD:
                return current + 1 < steps.size() ? step(steps, current + 1, current + 1) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static long hardMinutes(List<Duration> steps) {
        long first = steps.get(0).toMinutes();
        if (steps.size() == 1) return Math.round(first * 1.5);
        return Math.round((first + steps.get(1).toMinutes()) / 2.0);
    }

    private static Optional<Step> step(List<Duration> steps, int index, int nextStep) {
        return Optional.of(new Step(steps.get(index).toMinutes(), nextStep));
    }
}
