package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.Memory;
import gradcards.srs.ReviewEvent;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.store.Database;
import gradcards.store.StoredReview;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two weeks of scripted study sessions; afterwards every stored memory must equal a replay of its review log. */
class StudyEndToEndTest {
    static final Path MINI = Path.of("src/test/resources/gradcards/decks/mini");

    @TempDir
    Path tmp;

    @Test
    void aRemovedCardKeepsItsHistoryAndAnEditedCardKeepsItsSchedule() throws Exception {
        Path db = tmp.resolve("edit.sqlite");
        String now = "2026-12-01T09:00:00Z";
        assertThat(new TestEnv("\n4\nq\n").run("--db", db.toString(), "--content", MINI.toString(), "--now", now,
                "study")).isZero();
        Memory before;
        try (Database store = Database.open(db)) {
            before = store.memories().get("mini-fc-01");
            assertThat(before).isNotNull();
        }
        Path edited = java.nio.file.Files.createDirectories(tmp.resolve("edited"));
        String deck = java.nio.file.Files.readString(MINI.resolve("mini.json"))
                .replace("What is the vanishing-gradient problem?", "Define the vanishing-gradient problem.");
        java.nio.file.Files.writeString(edited.resolve("mini.json"), deck);
        TestEnv overview = new TestEnv("");
        assertThat(overview.run("--db", db.toString(), "--content", edited.toString(), "--now", now)).isZero();
        Path removed = java.nio.file.Files.createDirectories(tmp.resolve("removed"));
        java.nio.file.Files.writeString(removed.resolve("mini.json"), deck.replaceFirst(
                "(?s)\\{\"id\": \"mini-fc-01\".*?\\},\\s*\\{\"id\": \"mini-mcq-01\"", "{\"id\": \"mini-mcq-01\""));
        assertThat(gradcards.content.ContentLoader.folder(removed).content().cards()).hasSize(4);
        assertThat(new TestEnv("q\n").run("--db", db.toString(), "--content", removed.toString(), "--now", now,
                "study")).isZero();
        try (Database store = Database.open(db)) {
            assertThat(store.memories().get("mini-fc-01")).isEqualTo(before);
            assertThat(store.reviews("mini-fc-01")).hasSize(1);
        }
        TestEnv back = new TestEnv("q\n");
        assertThat(back.run("--db", db.toString(), "--content", edited.toString(), "--now", now, "--lang", "en",
                "study")).isZero();
        assertThat(back.out()).doesNotContain("Define the vanishing-gradient problem."); // graduated: not due today
    }

    @Test
    void fourteenDaysOfScriptedStudyLeaveMemoriesThatReplayFromTheLog() throws Exception {
        Path db = tmp.resolve("e2e.sqlite");
        Map<String, String> vars = Map.of("TZ", "UTC", "LANG", "en_US.UTF-8", "HOME", tmp.toString());
        ScriptedLearner learner = new ScriptedLearner(42, 400);
        Instant day0 = Instant.parse("2026-12-01T09:00:00Z");
        for (int d = 0; d < 14; d++) {
            Instant now = day0.plus(d, ChronoUnit.DAYS).plus(d * 37L, ChronoUnit.MINUTES);
            int code = learner.study(vars, "--db", db.toString(), "--content", MINI.toString(), "--now", now.toString(),
                    "--plain", "study");
            assertThat(code).as("exit code on day %d", d).isZero();
        }
        assertThat(learner.invalidSent).as("invalid inputs sent").isPositive();
        assertThat(learner.undoSent).as("undos sent").isPositive();
        try (Database store = Database.open(db)) {
            Map<String, Memory> memories = store.memories();
            assertThat(memories).hasSize(5);
            Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC));
            int reviews = 0;
            for (var e : memories.entrySet()) {
                List<StoredReview> log = store.reviews(e.getKey());
                reviews += log.size();
                List<ReviewEvent> events = log.stream()
                        .map(r -> new ReviewEvent(r.review().rating(), r.review().reviewedAt())).toList();
                assertThat(e.getValue()).as("memory of %s", e.getKey()).isEqualTo(scheduler.replay(e.getKey(), events));
            }
            assertThat(reviews).as("reviews over two weeks").isGreaterThan(20);
        }
    }
}
