package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.store.Database;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, point 5: the overview, `stats` and the session summary count today's answers alike and say the modes. */
class AnswersTodayAgreeTest {
    @TempDir
    Path tmp;

    @Test
    void overviewStatsAndSessionSummaryShowTheSameAnswersByModeAfterStudyQuizAndExam() throws Exception {
        String db = tmp.resolve("a.sqlite").toString();
        String[] base = {"--db", db, "--lang", "en"};
        // yesterday's answers must not count today
        assertThat(run("\n3\n\n3\nq\n", base, "--now", "2026-11-30T09:00:00Z", "study").code()).isZero();
        assertThat(run("\n3\n\n3\n\n3\nq\n", base, "--now", "2026-12-01T09:00:00Z", "study").code()).isZero();
        assertThat(run("1\n2\n3\n", base, "--now", "2026-12-01T09:10:00Z", "quiz", "--count", "3", "--type", "mcq",
                "--seed", "4").code()).isZero();
        assertThat(run("2\n\n", base, "--now", "2026-12-01T09:20:00Z", "exam", "--count", "2", "--seed", "4").code())
                .isZero();
        TestEnv.Result summary = run("\n3\nq\n", base, "--now", "2026-12-01T09:30:00Z", "study");

        // independently: today's rows of review_log by mode (study day starts 04:00 UTC)
        Map<String, Integer> byMode = new HashMap<>();
        try (Database d = Database.open(Path.of(db))) {
            d.forEachReview(r -> {
                if (r.review().reviewedAt().isAfter(java.time.Instant.parse("2026-12-01T04:00:00Z"))) {
                    byMode.merge(r.review().mode(), 1, Integer::sum);
                }
            });
        }
        int study = byMode.getOrDefault("study", 0);
        int quiz = byMode.getOrDefault("quiz", 0);
        int exam = byMode.getOrDefault("exam", 0);
        assertThat(quiz).isEqualTo(3);
        assertThat(exam).isEqualTo(2);
        assertThat(study).isPositive();
        String figure = (study + quiz + exam) + " (study " + study + " · quiz " + quiz + " · exam " + exam + ")";

        assertThat(summary.out()).contains("this session").contains("Answered today " + figure);
        TestEnv.Result overview = run("", base, "--now", "2026-12-01T09:40:00Z");
        assertThat(overview.out()).contains("answered today  " + figure);
        TestEnv.Result stats = run("", base, "--now", "2026-12-01T09:40:00Z", "stats");
        assertThat(stats.out()).contains((study + quiz + exam) + " answers (study " + study + " · quiz " + quiz
                + " · exam " + exam + ")");
        JsonNode j = new ObjectMapper().readTree(run("", base, "--now", "2026-12-01T09:40:00Z", "stats", "--json").out());
        assertThat(j.get("answers_today").asInt()).isEqualTo(study + quiz + exam);
        assertThat(j.get("answers_today_by_mode").get("study").asInt()).isEqualTo(study);
        assertThat(j.get("answers_today_by_mode").get("quiz").asInt()).isEqualTo(quiz);
        assertThat(j.get("answers_today_by_mode").get("exam").asInt()).isEqualTo(exam);
    }

    private static TestEnv.Result run(String stdin, String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return new TestEnv(stdin).result(all);
    }
}
