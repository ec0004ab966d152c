package gradcards.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.srs.SchedulerConfig;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void defaultsAreTheOnesTheIssueNames() {
        Settings s = Settings.defaults();
        assertThat(s.desiredRetention()).isEqualTo(0.9);
        assertThat(s.newPerDay()).isEqualTo(20);
        assertThat(s.reviewsPerDay()).isEqualTo(200);
        assertThat(s.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(s.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(s.fuzz()).isTrue();
        assertThat(s.dayStart()).isEqualTo(4);
        assertThat(s.maxInterval()).isEqualTo(36500);
        assertThat(SettingKey.examRetention(Map.of())).isEqualTo(0.95);
        assertThat(SettingKey.examRetention(Map.of("exam-retention", "0.9"))).isEqualTo(0.9);
    }

    @ParameterizedTest
    @EnumSource(SettingKey.class)
    void everyDefaultIsAnAllowedValueInCanonicalForm(SettingKey key) {
        assertThat(key.normalize(key.defaultValue())).isEqualTo(key.defaultValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "desired-retention | 0.70      | 0.7",
        "desired-retention | 0.990     | 0.99",
        "desired-retention | 0.85      | 0.85",
        "new-per-day       | 0         | 0",
        "new-per-day       | 007       | 7",
        "reviews-per-day   | 99999     | 99999",
        "learning-steps    | 1m, 10m   | 1m 10m",
        "learning-steps    | 60s 600s  | 1m 10m",
        "learning-steps    | 120s 1440m| 2m 1d",
        "learning-steps    | NONE      | none",
        "relearning-steps  | 2h        | 2h",
        "fuzz              | OFF       | off",
        "day-start         | 0         | 0",
        "day-start         | 23        | 23",
        "max-interval      | 1         | 1",
        "exam-retention    | 0.80      | 0.8",
        "exam-retention    | 0.990     | 0.99"})
    void allowedValuesAreNormalized(String key, String value, String canonical) {
        assertThat(SettingKey.of(key).normalize(value)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "desired-retention | 1.5   | desired-retention must be between 0.70 and 0.99 (got 1.5)",
        "desired-retention | 0.69  | desired-retention must be between 0.70 and 0.99 (got 0.69)",
        "desired-retention | NaN   | desired-retention must be between 0.70 and 0.99 (got NaN)",
        "new-per-day       | -1    | new-per-day must be a whole number from 0 to 9999 (got -1)",
        "new-per-day       | 2.5   | new-per-day must be a whole number from 0 to 9999 (got 2.5)",
        "reviews-per-day   | 100000| reviews-per-day must be a whole number from 0 to 99999 (got 100000)",
        "learning-steps    | 1x    | learning-steps must be steps like '1m 10m' (units s m h d, whole minutes) or 'none' (got 1x)",
        "learning-steps    | 0m    | learning-steps must be steps like '1m 10m' (units s m h d, whole minutes) or 'none' (got 0m)",
        "relearning-steps  | 90s   | relearning-steps must be steps like '1m 10m' (units s m h d, whole minutes) or 'none' (got 90s)",
        "fuzz              | yes   | fuzz must be on or off (got yes)",
        "day-start         | 24    | day-start must be a whole number from 0 to 23 (got 24)",
        "max-interval      | 0     | max-interval must be a whole number from 1 to 36500 (got 0)",
        "exam-retention    | 0.79  | exam-retention must be between 0.80 and 0.99 (got 0.79)",
        "exam-retention    | 1     | exam-retention must be between 0.80 and 0.99 (got 1)"})
    void badValuesAreRefusedWithOneLineNamingWhatIsAllowed(String key, String value, String message) {
        assertThatThrownBy(() -> SettingKey.of(key).normalize(value))
                .isInstanceOf(SettingException.class).hasMessage(message);
    }

    @Test
    void anUnknownKeyListsTheKnownOnes() {
        assertThatThrownBy(() -> SettingKey.of("foo")).isInstanceOf(SettingException.class)
                .hasMessage("unknown setting 'foo' (known: desired-retention, new-per-day, reviews-per-day,"
                        + " learning-steps, relearning-steps, fuzz, day-start, max-interval, exam-date, leech-threshold, leech-action, exam-retention)");
    }

    @Test
    void storedValuesAreTypedAndABadStoredValueFallsBackToItsDefault() {
        Settings s = Settings.from(Map.of("desired-retention", "0.85", "learning-steps", "none",
                "fuzz", "off", "new-per-day", "lots", "unrelated", "x"));
        assertThat(s.desiredRetention()).isEqualTo(0.85);
        assertThat(s.learningSteps()).isEmpty();
        assertThat(s.fuzz()).isFalse();
        assertThat(s.newPerDay()).isEqualTo(20);
    }

    @Test
    void stepsRoundTripThroughTheirText() {
        List<Duration> steps = List.of(Duration.ofMinutes(90), Duration.ofHours(2), Duration.ofDays(3));
        assertThat(Steps.format(steps)).isEqualTo("90m 2h 3d");
        assertThat(Steps.parse(Steps.format(steps))).isEqualTo(steps);
    }

    @Test
    void theSchedulerGetsEverySettingAndCountsDaysTheSameWay() {
        Settings s = Settings.from(Map.of("desired-retention", "0.85", "learning-steps", "2m 15m 1h",
                "relearning-steps", "none", "fuzz", "off", "day-start", "6", "max-interval", "365"));
        SchedulerConfig c = s.toSchedulerConfig(SEOUL);
        assertThat(c.desiredRetention()).isEqualTo(0.85);
        assertThat(c.learningSteps()).isEqualTo(s.learningSteps()).hasSize(3);
        assertThat(c.relearningSteps()).isEmpty();
        assertThat(c.fuzz()).isFalse();
        assertThat(c.dayStartHour()).isEqualTo(6);
        assertThat(c.maximumInterval()).isEqualTo(365);
        assertThat(c.zone()).isEqualTo(SEOUL);
        ZoneId ny = ZoneId.of("America/New_York"); // DST ends 2026-11-01: the day functions must still agree
        for (long h = 0; h < 72; h++) {
            Instant at = Instant.parse("2026-10-31T00:30:00Z").plus(Duration.ofHours(h));
            assertThat(s.studyDay(at, ny)).isEqualTo(s.toSchedulerConfig(ny).studyDay(at));
            assertThat(s.studyDay(s.startOf(s.studyDay(at, ny), ny), ny)).isEqualTo(s.studyDay(at, ny));
        }
    }

    @Test
    void theStudyDayStartsAtTheDayStartHourLocalTime() {
        Settings s = Settings.defaults(); // day starts at 04:00
        Instant before = Instant.parse("2026-11-30T18:59:59Z"); // 03:59:59 on Dec 1 in Seoul
        Instant after = Instant.parse("2026-11-30T19:00:00Z"); // 04:00 on Dec 1 in Seoul
        assertThat(s.studyDay(before, SEOUL)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(s.studyDay(after, SEOUL)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.startOf(LocalDate.of(2026, 12, 1), SEOUL)).isEqualTo(after);
    }
}
