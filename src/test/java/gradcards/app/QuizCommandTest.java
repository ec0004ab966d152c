package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizCommandTest {
    @TempDir
    Path tmp;

    private String[] args(String... more) {
        String[] base = {"--db", tmp.resolve("q.sqlite").toString(), "--content", StudyEndToEndTest.MINI.toString(),
            "--now", "2026-12-01T09:00:00Z", "quiz", "--seed", "5"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aRoundIsScoredAndEveryAnswerIsSavedAsAQuizReview() {
        // seed 5 draws cloze, mcq, ox, short: "9" is a wrong number, then not a choice (asked again), a blank is wrong
        TestEnv env = new TestEnv("9\n9\n1\nO\n\n\n\n\n\n\n");
        assertThat(env.run(args("--count", "4"))).isZero();
        assertThat(env.out()).contains("Result").contains(" / 4").contains("'9' is not an answer");
        try (Database db = Database.open(tmp.resolve("q.sqlite"))) {
            int[] quiz = {0};
            db.forEachReview(r -> quiz[0] += r.review().mode().equals("quiz") ? 1 : 0);
            assertThat(quiz[0]).isEqualTo(4);
            assertThat(db.memories()).isEmpty(); // every card was new: new cards stay new
            assertThat(db.newCardsStudiedBetween(java.time.Instant.parse("2026-12-01T00:00:00Z"),
                    java.time.Instant.parse("2026-12-02T00:00:00Z"))).isZero(); // the new-card limit is untouched
        }
    }

    @Test
    void aStudiedCardGetsAnEarlyReviewAndNoScheduleLeavesCardStateUntouched() {
        String db = tmp.resolve("q.sqlite").toString();
        // study the first three cards (the O/X card among them), then quiz the O/X card two days later
        assertThat(new TestEnv("\n\n1\n\nO\n\nq\n").run("--db", db, "--content", StudyEndToEndTest.MINI.toString(), "--now",
                "2026-11-29T09:00:00Z", "study")).isZero();
        java.util.Map<String, gradcards.srs.Memory> before;
        try (Database d = Database.open(tmp.resolve("q.sqlite"))) {
            before = d.memories();
        }
        assertThat(before).isNotEmpty();
        String id = "mini-ox-01";
        assertThat(before).containsKey(id);
        assertThat(new TestEnv("O\n").run(args("--type", "ox", "--count", "1", "--no-schedule"))).isZero();
        try (Database d = Database.open(tmp.resolve("q.sqlite"))) {
            assertThat(d.memories()).isEqualTo(before);
            assertThat(d.reviews(id)).last().satisfies(r -> assertThat(r.review().mode()).isEqualTo("quiz"));
        }
        assertThat(new TestEnv("O\n").run(args("--type", "ox", "--count", "1"))).isZero();
        try (Database d = Database.open(tmp.resolve("q.sqlite"))) {
            gradcards.srs.Memory after = d.memory(id).orElseThrow();
            assertThat(after.reps()).isEqualTo(before.get(id).reps() + 1);
            assertThat(after.lastReview()).isEqualTo(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        }
    }

    @Test
    void theReportHasTheExamShapeWithKindQuizTypedAnswersAsTextAndAVerdict() throws Exception {
        java.nio.file.Path report = tmp.resolve("quiz.json");
        TestEnv env = new TestEnv("9\n1\nO\n\n");
        assertThat(env.run(args("--count", "4", "--report", report.toString()))).isZero();
        var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readString(report));
        assertThat(j.get("kind").asText()).isEqualTo("quiz");
        assertThat(j.get("total").asInt()).isEqualTo(4);
        int right = 0;
        for (var q : j.get("questions")) {
            if (q.get("correct").asBoolean()) right++;
            assertThat(q.get("verdict").asText()).isIn("correct", "typo", "wrong");
            if (q.get("type").asText().equals("mcq")) {
                assertThat(q.get("shown_choices")).hasSize(4);
                assertThat(q.get("correct").asBoolean()).isEqualTo(q.get("answer_given").asInt() == q.get("correct_choice").asInt());
            } else {
                assertThat(q.get("answer_given").isTextual()).isTrue();
            }
        }
        assertThat(j.get("score").asInt()).isEqualTo(right);
        assertThat(j.get("questions").get(0).get("answer_given").asText()).isEqualTo("9");
        assertThat(j.get("questions").get(0).get("verdict").asText()).isEqualTo("wrong");
    }

    @Test
    void quittingKeepsTheAnswersGiven() {
        TestEnv env = new TestEnv("O\nq\n");
        assertThat(env.run(args("--type", "ox"))).isZero();
        try (Database db = Database.open(tmp.resolve("q.sqlite"))) {
            assertThat(db.reviews("mini-ox-01")).hasSize(1);
            int[] all = {0};
            db.forEachReview(r -> all[0]++);
            assertThat(all[0]).isEqualTo(1);
        }
    }

    @Test
    void badFiltersAreOneLineErrors() {
        TestEnv env = new TestEnv("");
        assertThat(env.run(args("--type", "essay"))).isEqualTo(1);
        assertThat(env.err()).isEqualTo("gradcards: --type takes mcq, ox, short or cloze\n");
        TestEnv env2 = new TestEnv("");
        assertThat(env2.run(args("--count", "0"))).isEqualTo(1);
        assertThat(env2.err()).contains("--count must be between 1 and 500");
    }
}
