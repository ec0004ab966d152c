package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.config.SettingKey;
import gradcards.store.Database;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
    @TempDir
    Path dir;

    private TestEnv.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("g.sqlite").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return TestEnv.cli(all);
    }

    private Map<String, String> stored() {
        try (Database db = Database.open(dir.resolve("g.sqlite"))) {
            return db.settings();
        }
    }

    @Test
    void listingShowsEveryKeyWithItsValueAndDefault() {
        run("config", "set", "new-per-day", "35");
        TestEnv.Result r = run("config");
        assertThat(r.code()).isZero();
        for (SettingKey k : SettingKey.values()) assertThat(r.out()).containsPattern("(?m)^ " + k.key() + " ");
        assertThat(r.out()).containsPattern("(?m)^ new-per-day +35 +20 +0–9999 ");
        assertThat(r.out()).containsPattern("(?m)^ desired-retention +0\\.9 +0\\.9 ");
    }

    @Test
    void setValidatesNormalizesAndSaves() {
        TestEnv.Result r = run("config", "set", "learning-steps", "1m,", "10m", "1h");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("learning-steps: 1m 10m → 1m 10m 1h");
        assertThat(stored()).containsEntry("learning-steps", "1m 10m 1h");
        assertThat(run("config", "get", "learning-steps").out().strip()).isEqualTo("1m 10m 1h");
    }

    @Test
    void aBadValueIsOneErrorLineExitOneAndNothingChanged() {
        run("config", "set", "desired-retention", "0.85");
        TestEnv.Result r = run("config", "set", "desired-retention", "1.5");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gradcards: desired-retention must be between 0.70 and 0.99 (got 1.5)\n");
        assertThat(stored()).isEqualTo(Map.of("desired-retention", "0.85"));
    }

    @Test
    void anUnknownKeyIsRefusedBeforeTheDatabaseIsEvenCreated() {
        TestEnv.Result r = run("config", "set", "foo", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("gradcards: unknown setting 'foo' (known: desired-retention, new-per-day,");
        assertThat(dir.resolve("g.sqlite")).doesNotExist();
    }

    @Test
    void resetGivesTheDefaultBack() {
        run("config", "set", "fuzz", "off");
        TestEnv.Result r = run("config", "reset", "fuzz");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("fuzz: off → on");
        assertThat(stored()).doesNotContainKey("fuzz");
    }

    @Test
    void aNonDatabaseFileIsReportedOnOneLine() throws Exception {
        Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "notes");
        TestEnv.Result r = TestEnv.cli("--db", notes.toString(), "config");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gradcards: " + notes
                + " is not a gradcards database (use --db with a .sqlite file or a new path)\n");
    }
}
