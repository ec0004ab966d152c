package gradcards.srs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scheduling with short-term off (ts-fsrs {@code LongTermScheduler}): no steps; every rating gives whole
 * days in Review state, ordered Again ≤ Hard < Good < Easy.
 */
final class LongTermRules {

    private LongTermRules() {
    }

    /** All four outcomes for the attempt. */
    static Map<Rating, Review> preview(Scheduler s, Attempt a) {
        Map<Rating, MemoryState> states = new EnumMap<>(Rating.class);
        for (Rating g : Rating.values()) states.put(g, s.nextState(a, g));
        int[] days = orderedIntervals(s, a, states);
        Map<Rating, Review> out = new EnumMap<>(Rating.class);
        boolean lapse = !a.before().isNew();
        for (Rating g : Rating.values()) {
            out.put(g, a.inReview(g, states.get(g), days[g.ordinal()], lapse && g == Rating.AGAIN));
        }
        return Collections.unmodifiableMap(out);
    }

    private static int[] orderedIntervals(Scheduler s, Attempt a, Map<Rating, MemoryState> states) {
        int[] d = new int[4];
        for (Rating g : Rating.values()) d[g.ordinal()] = s.nextInterval(states.get(g).stability(), a);
        d[0] = Math.min(d[0], d[1]);
        for (int i = 1; i < 4; i++) d[i] = Math.max(d[i], d[i - 1] + 1);
        return d;
    }
}
