package gradcards.config;

import gradcards.srs.SchedulerConfig;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The learner's settings, typed: desired retention, daily limits, learning and relearning steps,
 * fuzz, the hour the study day starts (local time, like Anki's "next day starts at") and the maximum interval.
 */
public record Settings(double desiredRetention, int newPerDay, int reviewsPerDay, List<Duration> learningSteps,
                       List<Duration> relearningSteps, boolean fuzz, int dayStart, int maxInterval) {

    public Settings {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** The settings of a learner who never changed any. */
    public static Settings defaults() {
        return from(Map.of());
    }

    /** The settings from stored key/value text; a missing, unknown or invalid stored value takes its default. */
    public static Settings from(Map<String, String> stored) {
        return new Settings(
                Double.parseDouble(value(stored, SettingKey.DESIRED_RETENTION)),
                Integer.parseInt(value(stored, SettingKey.NEW_PER_DAY)),
                Integer.parseInt(value(stored, SettingKey.REVIEWS_PER_DAY)),
                Steps.parse(value(stored, SettingKey.LEARNING_STEPS)),
                Steps.parse(value(stored, SettingKey.RELEARNING_STEPS)),
                value(stored, SettingKey.FUZZ).equals("on"),
                Integer.parseInt(value(stored, SettingKey.DAY_START)),
                Integer.parseInt(value(stored, SettingKey.MAX_INTERVAL)));
    }

    /** The canonical value of one key from stored text, falling back to the default when absent or invalid. */
    public static String value(Map<String, String> stored, SettingKey key) {
        String raw = stored.get(key.key());
        if (raw == null) return key.defaultValue();
        try {
            return key.normalize(raw);
        } catch (SettingException e) {
            return key.defaultValue(); // values are checked when saved; a hand-edited bad one must not block study
        }
    }

    /** The study day an instant belongs to: the local date of (instant − dayStart hours), as the scheduler counts. */
    public LocalDate studyDay(Instant at, ZoneId zone) {
        return new gradcards.srs.StudyDay(zone, dayStart).dateOf(at);
    }

    /** The first instant of a study day (dayStart o'clock local time, or dayStart hours after local midnight). */
    public Instant startOf(LocalDate day, ZoneId zone) {
        return new gradcards.srs.StudyDay(zone, dayStart).startOf(day);
    }

    /** The scheduler set up with these settings (FSRS-6 default weights, short-term on) in the learner's zone. */
    public SchedulerConfig toSchedulerConfig(ZoneId zone) {
        return SchedulerConfig.defaults(zone).withDesiredRetention(desiredRetention)
                .withSteps(learningSteps, relearningSteps).withMaximumInterval(maxInterval)
                .withFuzz(fuzz).withDayStartHour(dayStart);
    }
}
