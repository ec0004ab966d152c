package gradcards.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * How the scheduler is set up: FSRS weights, desired retention, learning and relearning steps,
 * maximum interval, fuzz, short-term mode, and the learner's day (time zone and the hour a day starts).
 */
public record SchedulerConfig(Parameters parameters, double desiredRetention, List<Duration> learningSteps,
                              List<Duration> relearningSteps, int maximumInterval, boolean fuzz,
                              boolean enableShortTerm, ZoneId zone, int dayStartHour) {

    /** Checks every setting and keeps immutable step lists. */
    public SchedulerConfig {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(zone, "zone");
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], got " + desiredRetention);
        }
        if (maximumInterval < 1) throw new IllegalArgumentException("maximum interval must be at least 1 day");
        if (dayStartHour < 0 || dayStartHour > 23) throw new IllegalArgumentException("day start hour must be 0..23");
        learningSteps = checkedSteps(learningSteps, "learning");
        relearningSteps = checkedSteps(relearningSteps, "relearning");
    }

    /** The defaults: FSRS-6 weights, retention 0.9, steps 1m 10m / 10m, 36500 days, fuzz on, short-term on, day from 04:00. */
    public static SchedulerConfig defaults(ZoneId zone) {
        return new SchedulerConfig(Parameters.defaults(), 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500, true, true, zone, 4);
    }

    /** ts-fsrs 5.4.2 defaults (fuzz off, UTC days from midnight), the setting of the reference vectors. */
    public static SchedulerConfig tsFsrs() {
        return defaults(ZoneId.of("UTC")).withFuzz(false).withDayStartHour(0);
    }

    /** This config with other weights. */
    public SchedulerConfig withParameters(Parameters p) {
        return new SchedulerConfig(p, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz,
                enableShortTerm, zone, dayStartHour);
    }

    /** This config with another desired retention. */
    public SchedulerConfig withDesiredRetention(double r) {
        return new SchedulerConfig(parameters, r, learningSteps, relearningSteps, maximumInterval, fuzz,
                enableShortTerm, zone, dayStartHour);
    }

    /** This config with other learning and relearning steps. */
    public SchedulerConfig withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerConfig(parameters, desiredRetention, learning, relearning, maximumInterval, fuzz,
                enableShortTerm, zone, dayStartHour);
    }

    /** This config with another maximum interval in days. */
    public SchedulerConfig withMaximumInterval(int days) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, days, fuzz,
                enableShortTerm, zone, dayStartHour);
    }

    /** This config with fuzz switched on or off. */
    public SchedulerConfig withFuzz(boolean on) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, on,
                enableShortTerm, zone, dayStartHour);
    }

    /** This config with short-term scheduling (steps and same-day stability) switched on or off. */
    public SchedulerConfig withShortTerm(boolean on) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz,
                on, zone, dayStartHour);
    }

    /** This config with another hour at which the learner's day starts. */
    public SchedulerConfig withDayStartHour(int hour) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz,
                enableShortTerm, zone, hour);
    }

    /** The learner's calendar date of an instant: the local date of (instant − dayStartHour hours) in the zone. */
    public LocalDate studyDay(Instant instant) {
        return day().dateOf(instant);
    }

    /** The learner's day rule: this zone, a new day starting at dayStartHour. */
    public StudyDay day() {
        return new StudyDay(zone, dayStartHour);
    }

    /** Whole study days from one instant to a later one (difference of their study dates). */
    public int elapsedDays(Instant from, Instant to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(studyDay(from), studyDay(to)));
    }

    /**
     * The weights as the scheduler uses them (ts-fsrs {@code clipParameters}): w19 at least 0.01 with
     * short-term on, and w17, w18 capped with more than one relearning step so a lapse cannot raise S.
     */
    public Parameters effectiveParameters() {
        Parameters p = enableShortTerm && parameters.w(19) < 0.01 ? parameters.with(19, 0.01) : parameters;
        if (relearningSteps.size() <= 1) return p;
        double ceiling = w17w18Ceiling(p, relearningSteps.size());
        return p.with(17, Math.min(p.w(17), ceiling)).with(18, Math.min(p.w(18), ceiling));
    }

    private static double w17w18Ceiling(Parameters p, int steps) {
        double value = -(Math.log(p.w(11)) + Math.log(Math.pow(2, p.w(13)) - 1) + p.w(14) * 0.3) / steps;
        return Fsrs.clamp(Fsrs.roundTo8(Math.sqrt(Math.max(value, 0))), 0.01, 2);
    }

    private static List<Duration> checkedSteps(List<Duration> steps, String what) {
        for (Duration d : steps) {
            if (d.isNegative() || d.isZero() || d.toSecondsPart() != 0 || d.getNano() != 0) {
                throw new IllegalArgumentException(what + " steps must be positive whole minutes, got " + d);
            }
        }
        return List.copyOf(steps);
    }
}
