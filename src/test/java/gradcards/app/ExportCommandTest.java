package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.store.Database;
import gradcards.store.ReviewRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void answers() {
        db = dir.resolve("g.sqlite");
        Instant t = Instant.parse("2026-12-01T09:00:00.250Z");
        Memory m = new Memory(CardState.LEARNING, 1, 2.3, 2.1, t.plusSeconds(600), t, 1, 0);
        try (Database d = Database.open(db)) {
            d.saveReview(ReviewRow.of("vg-001", t, Rating.GOOD, CardState.NEW, m, 0, 0, 4200, "study"), m);
            d.saveReview(ReviewRow.of("vg-001", t.plusSeconds(600), Rating.AGAIN, CardState.LEARNING, m, 0, 0, 800,
                    "study"), m);
            d.saveReview(ReviewRow.of("odd,\"id\"", t.plusSeconds(86_400), Rating.EASY, CardState.RELEARNING, m,
                    1, 8, 1500, "quiz"), m);
            d.saveReview(ReviewRow.of("vg-002", t.plusSeconds(90_000), Rating.HARD, CardState.REVIEW, m, 1, 3, 9000,
                    "study"), m);
        }
    }

    @Test
    void reviewsGoToStdoutInTheOptimizersRevlogFormat() {
        TestEnv.Result r = TestEnv.cli("--db", db.toString(), "export", "reviews");
        assertThat(r.code()).isZero();
        long ms = Instant.parse("2026-12-01T09:00:00.250Z").toEpochMilli();
        assertThat(r.out().lines()).containsExactly(
                "card_id,review_time,review_rating,review_state,review_duration",
                "vg-001," + ms + ",3,0,4200",
                "vg-001," + (ms + 600_000) + ",1,1,800",
                "\"odd,\"\"id\"\"\"," + (ms + 86_400_000) + ",4,3,1500",
                "vg-002," + (ms + 90_000_000) + ",2,2,9000");
    }

    @Test
    void outWritesAFileAndModeFilters() throws Exception {
        Path file = dir.resolve("out/revlog.csv");
        TestEnv.Result r = TestEnv.cli("--db", db.toString(), "export", "reviews", "--out", file.toString(), "--mode", "quiz");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("exported 1 review to " + file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"odd,\"\"id\"\"\",");
    }

    @Test
    void anEmptyLogIsJustTheHeader() {
        TestEnv.Result r = TestEnv.cli("--db", dir.resolve("new.sqlite").toString(), "export", "reviews");
        assertThat(r.out()).isEqualTo(ExportCommand.HEADER + "\n");
    }
}
