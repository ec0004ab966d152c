package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.MultipleChoice;
import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.exam.ExamDraw;
import gradcards.exam.ExamQuestion;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.store.Database;
import gradcards.store.ReviewRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamCommandTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final List<Card> BANK = ContentLoader.bundled().content().cards();

    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("e.sqlite");
    }

    private int run(TestEnv env, String... more) {
        String[] base = {"--db", db().toString(), "--now", NOW.toString(), "--lang", "en", "exam"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return env.run(all);
    }

    /** Script lines: right or wrong (the next choice) by the test's own plan; null = blank. */
    private static String script(List<ExamQuestion> paper, Boolean... right) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paper.size(); i++) {
            int key = paper.get(i).correctChoice();
            sb.append(right[i] == null ? "" : String.valueOf(right[i] ? key : key % 4 + 1)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aScriptedExamWritesTheReportFieldByFieldAndLogsExamAnswersWithoutIntroducingNewCards() throws Exception {
        List<ExamQuestion> paper = ExamDraw.draw(BANK, 6, 11);
        Boolean[] plan = {true, true, false, null, true, false};
        Path report = tmp.resolve("r.json");
        TestEnv env = new TestEnv(script(paper, plan));
        assertThat(run(env, "--count", "6", "--seed", "11", "--report", report.toString())).isZero();
        assertThat(env.out()).contains("Mock exam result");

        JsonNode j = new ObjectMapper().readTree(Files.readString(report));
        assertThat(j.get("kind").asText()).isEqualTo("exam");
        assertThat(j.get("total").asInt()).isEqualTo(6);
        assertThat(j.get("minutes").asDouble()).isEqualTo(9.0);
        int correctRows = 0;
        int[] total = new int[5];
        int[] score = new int[5];
        for (int i = 0; i < 6; i++) {
            JsonNode q = j.get("questions").get(i);
            MultipleChoice card = (MultipleChoice) BANK.stream().filter(c -> c.id().equals(q.get("card_id").asText()))
                    .findFirst().orElseThrow();
            assertThat(q.get("card_id").asText()).isEqualTo(paper.get(i).card().id());
            assertThat(q.get("subject").asInt()).isEqualTo(card.info().subject());
            // the shown choice at correct_choice is the deck's key
            assertThat(q.get("shown_choices").get(q.get("correct_choice").asInt() - 1).asText())
                    .isEqualTo(card.choices().get(card.key() - 1).en());
            assertThat(q.get("shown_choices")).hasSize(4);
            if (plan[i] == null) assertThat(q.get("answer_given").isNull()).isTrue();
            else assertThat(q.get("answer_given").asInt()).isBetween(1, 4);
            assertThat(q.get("correct").asBoolean()).isEqualTo(plan[i] != null && plan[i]);
            total[card.info().subject()]++;
            if (q.get("correct").asBoolean()) {
                correctRows++;
                score[card.info().subject()]++;
            }
        }
        assertThat(j.get("score").asInt()).isEqualTo(correctRows).isEqualTo(3);
        for (int s : new int[] {3, 4}) {
            if (total[s] == 0) continue;
            assertThat(j.get("subjects").get(String.valueOf(s)).get("total").asInt()).isEqualTo(total[s]);
            assertThat(j.get("subjects").get(String.valueOf(s)).get("score").asInt()).isEqualTo(score[s]);
        }
        try (Database d = Database.open(db())) {
            int[] exam = {0};
            d.forEachReview(r -> exam[0] += r.review().mode().equals("exam") ? 1 : 0);
            assertThat(exam[0]).isEqualTo(6);
            assertThat(d.memories()).isEmpty();                               // new cards stay new
            assertThat(d.newCardsStudiedBetween(NOW.minusSeconds(86_400), NOW.plusSeconds(86_400))).isZero();
            assertThat(d.exams().history()).singleElement().satisfies(h -> assertThat(h.score()).isEqualTo(3));
            assertThat(d.exams().wrongCount()).isEqualTo(3);                  // two wrong, one blank
        }
    }

    @Test
    void oneSubjectBelow40FailsEvenWithTheAverageAbove60() throws Exception {
        int count = 4;
        List<ExamQuestion> paper = ExamDraw.draw(BANK, count, 2);
        while (paper.stream().filter(q -> q.subject() == 4).count() < 3) paper = ExamDraw.draw(BANK, ++count, 2);
        Boolean[] plan = new Boolean[paper.size()];
        int seen4 = 0;
        for (int i = 0; i < paper.size(); i++) plan[i] = paper.get(i).subject() == 3 || seen4++ == 0;
        long n4 = paper.stream().filter(q -> q.subject() == 4).count();
        double average = (1.0 + 1.0 / n4) / 2;
        assertThat(1.0 / n4).isLessThan(0.4);
        assertThat(average).isGreaterThan(0.6);
        Path report = tmp.resolve("fail.json");
        TestEnv env = new TestEnv(script(paper, plan));
        assertThat(run(env, "--count", String.valueOf(count), "--seed", "2", "--report", report.toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(Files.readString(report));
        assertThat(j.get("subjects").get("4").get("score").asInt()).isEqualTo(1);
        assertThat(j.get("pass").asBoolean()).isFalse();
        assertThat(env.out()).contains("✘ fail").contains("below 40 %");
    }

    @Test
    void endOfInputSubmitsWithTheRestBlankAndNoScheduleLeavesStudiedCardsUntouched() throws Exception {
        List<ExamQuestion> paper = ExamDraw.draw(BANK, 3, 9);
        String id = paper.get(0).card().id();
        Memory studied = new Memory(CardState.REVIEW, 0, 10, 5, NOW.plusSeconds(86_400 * 5), NOW.minusSeconds(86_400 * 5), 3, 0);
        try (Database d = Database.open(db())) {
            d.saveReview(ReviewRow.of(id, NOW.minusSeconds(86_400 * 5), Rating.GOOD, CardState.REVIEW, studied, 5, 10, 1,
                    ReviewRow.STUDY), studied);
        }
        String key = String.valueOf(paper.get(0).correctChoice());
        assertThat(run(new TestEnv(key + "\n"), "--count", "3", "--seed", "9", "--no-schedule")).isZero();
        try (Database d = Database.open(db())) {
            assertThat(d.memories()).isEqualTo(Map.of(id, studied));
            assertThat(d.exams().history()).singleElement().satisfies(h -> assertThat(h.score()).isEqualTo(1));
        }
        assertThat(run(new TestEnv(key + "\n"), "--count", "3", "--seed", "9")).isZero();
        try (Database d = Database.open(db())) {
            Memory after = d.memory(id).orElseThrow();
            assertThat(after.reps()).isEqualTo(4);                              // an early review
            assertThat(after.lastReview()).isEqualTo(NOW);
            assertThat(d.memories()).hasSize(1);
        }
    }

    @Test
    void aReportNeverOverwritesTheDatabaseOrAnExistingFileWithoutForce() throws Exception {
        TestEnv env = new TestEnv("");
        assertThat(run(env, "--report", db().toString())).isEqualTo(1);
        assertThat(env.err()).startsWith("gradcards: ").contains("is the study database");
        Path existing = tmp.resolve("old.json");
        Files.writeString(existing, "keep");
        TestEnv again = new TestEnv("");
        assertThat(run(again, "--count", "2", "--report", existing.toString())).isEqualTo(1);
        assertThat(again.err()).contains("already exists: add --force");
        assertThat(Files.readString(existing)).isEqualTo("keep");
        assertThat(run(new TestEnv(""), "--count", "2", "--report", existing.toString(), "--force")).isZero();
        assertThat(Files.readString(existing)).contains("\"kind\" : \"exam\"");
    }
}
