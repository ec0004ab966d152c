package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.srs.Memory;
import gradcards.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamStatsTest {
    @TempDir
    Path tmp;

    @Test
    void statsJsonReadinessIsTheMeanClosedFormRecallOfCardStateOnExamMorningAndOverviewAndStatsCountTheSameAnswers()
            throws Exception {
        String db = tmp.resolve("s.sqlite").toString();
        // two days of study (Good on everything shown), an exam on a third, then the exam date 10 days out
        for (String day : List.of("2026-12-01T09:00:00Z", "2026-12-03T09:00:00Z")) {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < 120; i++) in.append(i % 2 == 0 ? "\n" : "3\n");
            new TestEnv(in.toString()).run("--db", db, "--now", day, "--lang", "en", "study");
        }
        assertThat(new TestEnv("1\n2\n").run("--db", db, "--now", "2026-12-03T10:00:00Z", "exam", "--count", "3",
                "--seed", "1")).isZero();
        assertThat(new TestEnv("").run("--db", db, "config", "set", "exam-date", "2026-12-13")).isZero();
        TestEnv stats = new TestEnv("");
        assertThat(stats.run("--db", db, "--now", "2026-12-03T12:00:00Z", "stats", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(stats.out());

        // closed form from card_state: exam morning = 2026-12-13 at day start 04:00 in UTC (TestEnv's TZ)
        Instant morning = LocalDate.of(2026, 12, 13).atTime(4, 0).toInstant(ZoneOffset.UTC);
        double w20 = 0.1542;
        double f = Math.pow(0.9, -1 / w20) - 1;
        List<Card> cards = ContentLoader.bundled().content().cards();
        Map<String, Memory> mem;
        try (Database d = Database.open(Path.of(db))) {
            mem = d.memories();
        }
        assertThat(mem).isNotEmpty();
        double sum = 0;
        for (Card c : cards) {
            Memory m = mem.get(c.id());
            if (m == null || m.isNew()) continue;
            double t = Duration.between(m.lastReview(), morning).getSeconds() / 86_400.0;
            sum += Math.pow(1 + f * t / m.stability(), -w20);
        }
        assertThat(j.get("exam").get("readiness").asDouble()).isCloseTo(sum / cards.size(), within(0.005));
        assertThat(j.get("exam").get("days_left").asInt()).isEqualTo(10);
        assertThat(j.get("exam").get("by_subject").get("3").get("readiness").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("exam_history")).hasSize(1);

        TestEnv overview = new TestEnv("");
        assertThat(overview.run("--db", db, "--now", "2026-12-03T12:00:00Z")).isZero();
        assertThat(overview.out()).contains("answered today  " + j.get("answers_today").asInt() + " ");
    }
}
