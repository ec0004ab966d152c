package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, Why-11 (settings part): invalid settings are refused in one line, never stored. */
class SettingErrorsTest {
    @TempDir
    Path dir;

    /** Sets key to value, expects one refusal line, and checks the stored value is still the default. */
    private String refused(String key, String value, String unchanged) {
        String db = dir.resolve("s.sqlite").toString();
        TestEnv.Result r = TestEnv.cli("--db", db, "config", "set", key, value);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(TestEnv.cli("--db", db, "config", "get", key).out().strip()).as("nothing stored").endsWith(unchanged);
        return r.err();
    }

    @Test
    void aValueStartingWithAMinusIsAValueNotAnUnknownOption() {
        assertThat(refused("learning-steps", "-1m", "1m 10m")).contains("learning-steps must be steps like");
        assertThat(refused("new-per-day", "-5", "20")).contains("new-per-day must be a whole number from 0");
    }

    @Test
    void emptyStepsAreRefusedNotStoredAsNone() {
        assertThat(refused("learning-steps", "", "1m 10m")).contains("learning-steps must be steps like");
    }

    @Test
    void stepsOfYearsAndExamDatesOfYearZeroAreRefused() {
        assertThat(refused("learning-steps", "99999d", "1m 10m")).contains("at most 30d");
        assertThat(refused("exam-date", "0000-01-01", "none")).contains("from 2000 to 2100");
    }

    @Test
    void anInstantOutsideTheCalendarIsAClearErrorNotAnInternalOne() {
        TestEnv.Result r = TestEnv.cli("--db", dir.resolve("n.sqlite").toString(), "--now", "-999999999-01-01T00:00:00Z", "stats");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--now must be an instant from the year 1970 to 9999").hasLineCount(1);
    }
}
