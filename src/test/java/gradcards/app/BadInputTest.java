package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one line on stderr, exit 1, no stack trace, and leaves the database as it was. */
class BadInputTest {
    static final Path DECKS = Path.of("src/test/resources/gradcards/decks");

    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void studySomething() {
        db = tmp.resolve("learner.sqlite");
        TestEnv env = new TestEnv("\n\n3\n\nq\n");
        assertThat(env.run("--db", db.toString(), "--content", DECKS.resolve("mini").toString(),
                "--now", "2026-12-01T09:00:00Z", "study")).isZero();
    }

    @Test
    void brokenDeckJson() throws Exception {
        Path dir = deckFolder("syntax.json");
        assertOneLineError("syntax.json:5:1: broken JSON", "--content", dir.toString(), "study");
    }

    @Test
    void missingField() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("missing"));
        String deck = Files.readString(DECKS.resolve("mini/mini.json")).replace(
                "\"en\": \"Which activation passes positive inputs unchanged?\"", "\"xx\": \"\"");
        Files.writeString(dir.resolve("mini.json"), deck);
        assertOneLineError("card \"mini-short-01\" has no English prompt", "--content", dir.toString(), "study");
    }

    @Test
    void duplicateId() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("dup"));
        Files.copy(DECKS.resolve("mini/mini.json"), dir.resolve("a.json"));
        Files.copy(DECKS.resolve("mini/mini.json"), dir.resolve("b.json"));
        assertOneLineError("duplicate card id \"mini-fc-01\"", "--content", dir.toString(), "study");
    }

    @Test
    void contentCheckListsEveryProblemAndFails() {
        TestEnv env = new TestEnv("");
        int code = env.run("--db", db.toString(), "content", "check", DECKS.resolve("broken").toString());
        assertThat(code).isEqualTo(1);
        assertThat(env.err().lines().filter(l -> l.contains(".json:"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(env.err()).doesNotContain("Exception");
    }

    @Test
    void contentCheckRejectsAMadeUpMeasurementKeyWithFileLineAndColumn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("keys"));
        String deck = Files.readString(DECKS.resolve("mini/mini.json")).replace("\"Small derivatives are multiplied layer after layer.\"",
                "\"Measured: {D02.w_ratio} (real), {D02.made_up_ratio} (made up).\"");
        Files.writeString(dir.resolve("mini.json"), deck);
        TestEnv env = new TestEnv("");
        int code = env.run("--db", db.toString(), "content", "check", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(env.err()).containsPattern("mini\\.json:9:\\d+: card \"mini-fc-01\": unknown measurement key "
                + "\\{D02\\.made_up_ratio} \\(D02 measures w_ratio, ");
        assertThat(env.err()).doesNotContain("{D02.w_ratio}").doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my notes, not a database\n");
        TestEnv env = new TestEnv("");
        int code = env.run("--db", notes.toString(), "--now", "2026-12-01T09:00:00Z", "study");
        assertThat(code).isEqualTo(1);
        assertThat(env.err()).startsWith("gradcards: ").contains("not a gradcards database").hasLineCount(1);
        assertThat(Files.readString(notes)).isEqualTo("my notes, not a database\n");
    }

    @Test
    void aDatabaseWhereNoFolderCanBeMade() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        TestEnv env = new TestEnv("");
        int code = env.run("--db", file.resolve("sub/db.sqlite").toString(), "study");
        assertThat(code).isEqualTo(1);
        assertThat(env.err()).startsWith("gradcards: ").hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void badNow() {
        assertOneLineError("--now must be an ISO-8601 instant", "--now", "yesterday", "study");
    }

    @Test
    void errorsSpeakTheLearnersLanguage() {
        assertOneLineError("--now는 2026-12-01T09:00:00Z 같은 ISO-8601 시각이어야 합니다", "--lang", "ko", "--now", "어제", "study");
        assertOneLineError("desired-retention은 0.70과 0.99 사이여야 합니다 (입력: 1.5)", "--lang", "ko",
                "config", "set", "desired-retention", "1.5");
    }

    @Test
    void examDateMustBeADate() {
        assertOneLineError("exam-date must be a date like 2027-03-07 or none", "config", "set", "exam-date", "tomorrow");
    }

    @Test
    void theOverviewCountsDownToTheExam() {
        TestEnv set = new TestEnv("");
        assertThat(set.run("--db", db.toString(), "config", "set", "exam-date", "2027-03-07")).isZero();
        TestEnv overview = new TestEnv("");
        assertThat(overview.run("--db", db.toString(), "--now", "2026-12-01T09:00:00Z")).isZero();
        assertThat(overview.out()).contains("exam D-96 · readiness 0% · expected score").contains("(2027-03-07)")
                .contains("today's plan: ").contains("reachable on this plan");
    }

    @Test
    void badLang() {
        assertOneLineError("--lang must be ko or en", "--lang", "fr", "study");
    }

    @Test
    void unknownConfigKey() {
        assertOneLineError("unknown setting", "config", "set", "colour", "blue");
    }

    @Test
    void configValueOutOfRange() {
        assertOneLineError("desired-retention must be between 0.70 and 0.99", "config", "set", "desired-retention", "1.5");
    }

    /** Runs with --db, expects exit 1 with one "gradcards: …" line holding expected, and no change to the data. */
    private void assertOneLineError(String expected, String... args) {
        String before = snapshot();
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        TestEnv env = new TestEnv("");
        assertThat(env.run(all.toArray(String[]::new))).as("exit code").isEqualTo(1);
        assertThat(env.err()).startsWith("gradcards: ").contains(expected).hasLineCount(1)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The learner's data as text: memories, review count and settings. */
    private String snapshot() {
        try (Database d = Database.open(db)) {
            int[] reviews = {0};
            d.forEachReview(r -> reviews[0]++);
            return d.memories() + "|" + reviews[0] + "|" + d.settings();
        }
    }

    private Path deckFolder(String file) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("deck-" + file));
        Files.copy(DECKS.resolve("broken").resolve(file), dir.resolve(file));
        return dir;
    }
}
