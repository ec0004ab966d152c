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
            assertThat(db.memories()).hasSize(4);
        }
    }

    @Test
    void quittingKeepsTheAnswersGiven() {
        TestEnv env = new TestEnv("O\nq\n");
        assertThat(env.run(args("--type", "ox"))).isZero();
        try (Database db = Database.open(tmp.resolve("q.sqlite"))) {
            assertThat(db.memories()).containsOnlyKeys("mini-ox-01");
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
