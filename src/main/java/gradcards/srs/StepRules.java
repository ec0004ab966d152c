package gradcards.srs;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Scheduling with short-term on (ts-fsrs {@code BasicScheduler}): learning and relearning steps, then FSRS days. */
final class StepRules {

    private static final long MINUTES_PER_DAY = 1440;

    private StepRules() {
    }

    /** All four outcomes for the attempt. */
    static Map<Rating, Review> preview(Scheduler s, Attempt a) {
        Map<Rating, Review> out = new EnumMap<>(Rating.class);
        if (a.before().state() == CardState.REVIEW) {
            reviewCard(s, a, out);
        } else {
            CardState to = a.before().isNew() ? CardState.LEARNING : a.before().state();
            for (Rating g : Rating.values()) out.put(g, withSteps(s, a, g, to));
        }
        return Collections.unmodifiableMap(out);
    }

    // Review card: Again relearns; Hard ≤ Good, Good ≥ Hard + 1, Easy ≥ Good + 1 (ts-fsrs next_interval).
    private static void reviewCard(Scheduler s, Attempt a, Map<Rating, Review> out) {
        MemoryState hard = s.nextState(a, Rating.HARD);
        MemoryState good = s.nextState(a, Rating.GOOD);
        MemoryState easy = s.nextState(a, Rating.EASY);
        int goodDays = s.nextInterval(good.stability(), a);
        int hardDays = Math.min(s.nextInterval(hard.stability(), a), goodDays);
        goodDays = Math.max(goodDays, hardDays + 1);
        int easyDays = Math.max(s.nextInterval(easy.stability(), a), goodDays + 1);
        out.put(Rating.AGAIN, withSteps(s, a, Rating.AGAIN, CardState.RELEARNING));
        out.put(Rating.HARD, a.inReview(Rating.HARD, hard, hardDays, false));
        out.put(Rating.GOOD, a.inReview(Rating.GOOD, good, goodDays, false));
        out.put(Rating.EASY, a.inReview(Rating.EASY, easy, easyDays, false));
    }

    // ts-fsrs applyLearningSteps: a step under a day keeps the card in steps; a day or more, or none, graduates it.
    private static Review withSteps(Scheduler s, Attempt a, Rating g, CardState to) {
        MemoryState m = s.nextState(a, g);
        boolean lapse = g == Rating.AGAIN && a.before().state() == CardState.REVIEW;
        Optional<LearningSteps.Step> step = LearningSteps.next(s.config(), a.before().state(), a.before().step(), g);
        long minutes = step.map(LearningSteps.Step::minutes).orElse(0L);
        if (minutes > 0) {
            CardState state = minutes < MINUTES_PER_DAY ? to : CardState.REVIEW;
            int days = (int) (minutes / MINUTES_PER_DAY);
            return a.outcome(g, m, state, step.get().nextStep(), Duration.ofMinutes(minutes), days, lapse);
        }
        return a.inReview(g, m, s.nextInterval(m.stability(), a), lapse);
    }
}
