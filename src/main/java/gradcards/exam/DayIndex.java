package gradcards.exam;

import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Study days as numbers: {@code of(t)} is the study date of instant t ({@link StudyDay#dateOf}) counted in days from
 * a base date, computed from the epoch second and the zone's offset instead of a {@code ZonedDateTime} per instant
 * (the planner asks this twice for each of thousands of cards, once per process: date objects made most of its cold
 * time). {@code dateOf(t)} is the local date, in the zone, of the instant {@code t − dayStartHour} hours
 * ({@code ZonedDateTime.minusHours} works on the instant line), so it is {@code floorDiv(u + offset(u), 86400)} with
 * {@code u = t − dayStartHour·3600}. The offset is constant between the zone's transitions: the intervals met so far
 * are kept (a zone without transitions, such as a fixed offset or Asia/Seoul these decades, needs one).
 */
final class DayIndex {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int KEEP = 16;

    private final ZoneRules rules;
    private final long shift;
    private final long base;
    private final long[] from = new long[KEEP]; // open intervals (from, to) of constant offset
    private final long[] to = new long[KEEP];
    private final int[] offset = new int[KEEP];
    private int kept;
    private int replace;

    DayIndex(StudyDay day, LocalDate base) {
        this.rules = day.zone().getRules();
        this.shift = day.dayStartHour() * 3600L;
        this.base = base.toEpochDay();
        if (rules.isFixedOffset()) {
            from[0] = Long.MIN_VALUE;
            to[0] = Long.MAX_VALUE;
            offset[0] = rules.getOffset(Instant.EPOCH).getTotalSeconds();
            kept = 1;
        }
    }

    /** The study date of t minus the base date, in days. */
    long of(Instant t) {
        long u = t.getEpochSecond() - shift;
        return Math.floorDiv(u + offsetAt(u), SECONDS_PER_DAY) - base;
    }

    private int offsetAt(long u) {
        for (int i = 0; i < kept; i++) {
            if (u > from[i] && u < to[i]) return offset[i];
        }
        Instant at = Instant.ofEpochSecond(u);
        int off = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition prev = rules.previousTransition(at);
        ZoneOffsetTransition next = rules.nextTransition(at);
        long lo = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
        long hi = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        // kept only when the transitions around u agree with its offset (an instant exactly on a transition is not:
        // the transitions found are then the ones before and after it)
        if ((prev == null || prev.getOffsetAfter().getTotalSeconds() == off)
                && (next == null || next.getOffsetBefore().getTotalSeconds() == off) && u > lo && u < hi) {
            int i = kept < KEEP ? kept++ : replace++ % KEEP;
            from[i] = lo;
            to[i] = hi;
            offset[i] = off;
        }
        return off;
    }
}
