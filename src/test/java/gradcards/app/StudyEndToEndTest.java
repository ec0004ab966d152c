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
