package gradcards.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.MultipleChoice;
import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.content.Topic;
import gradcards.i18n.Lang;
import gradcards.render.ExamReportJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockExamTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theDrawIsFourChoiceOnlyProportionalToTheBankAndReproducibleBySeed() {
        List<Card> bank = ContentLoader.bundled().content().cards();
        long mcq3 = bank.stream().filter(c -> c instanceof MultipleChoice && c.info().subject() == 3).count();
        long mcq4 = bank.stream().filter(c -> c instanceof MultipleChoice && c.info().subject() == 4).count();
        List<ExamQuestion> paper = ExamDraw.draw(bank, 20, 7);
        assertThat(paper).hasSize(20);
        long s3 = paper.stream().filter(q -> q.subject() == 3).count();
        assertThat(Math.abs(s3 - 20.0 * mcq3 / (mcq3 + mcq4))).isLessThanOrEqualTo(1.0);
        assertThat(paper.stream().map(q -> q.card().id()).distinct()).hasSize(20);
        assertThat(paper.stream().map(q -> q.card().id()).toList())
                .isEqualTo(ExamDraw.draw(bank, 20, 7).stream().map(q -> q.card().id()).toList());
        assertThat(paper.stream().map(q -> q.card().id()).toList())
                .isNotEqualTo(ExamDraw.draw(bank, 20, 8).stream().map(q -> q.card().id()).toList());
        for (ExamQuestion q : paper) {  // the shown key is where the deck's key went
            assertThat(q.card().choices().get(q.order()[q.correctChoice() - 1]))
                    .isEqualTo(q.card().choices().get(q.card().key() - 1));
            assertThat(new HashSet<>(List.of(q.order()[0], q.order()[1], q.order()[2], q.order()[3]))).hasSize(4);
        }
        assertThat(ExamDraw.draw(bank, 10_000, 1)).hasSize((int) (mcq3 + mcq4));
        assertThat(ExamDraw.defaultMinutes(80)).isEqualTo(120);
        assertThat(ExamDraw.defaultMinutes(20)).isEqualTo(30);
    }

    private static List<ExamQuestion> paper(int subject3, int subject4) {
        List<ExamQuestion> out = new ArrayList<>();
        for (int i = 0; i < subject3 + subject4; i++) {
            MultipleChoice c = (MultipleChoice) Cards.mcq("q" + i, Topic.CAUSE, i < subject3 ? 3 : 4, 1 + i % 4);
            out.add(new ExamQuestion(c, new int[] {3, 2, 1, 0})); // shown reversed: key k is shown at 5 − k
        }
        return out;
    }

    @Test
    void navigationFlagsChangedAnswersAndBlanksCountAsWrong() {
        MockExam exam = new MockExam(paper(2, 2), T0, Duration.ofMinutes(6));
        assertThat(exam.previous()).isFalse();
        exam.choose(1);                 // q1: key 1 shown at 4 → wrong for now
        exam.choose(4);                 // changed: right
        assertThat(exam.next()).isTrue();
        exam.toggleFlag();              // q2 flagged, left blank
        assertThat(exam.jump(4)).isTrue();
        exam.choose(5 - 4);             // q4: key 4 shown at 1 → right
        assertThat(exam.next()).isFalse();
        assertThat(exam.jump(5)).isFalse();
        assertThat(exam.jump(3)).isTrue();
        exam.choose(1);                 // q3: key 3 shown at 2 → wrong
        assertThat(exam.blanks()).containsExactly(2);
        assertThat(exam.flaggedNumbers()).containsExactly(2);
        assertThat(exam.remaining(T0.plusSeconds(60))).isEqualTo(Duration.ofMinutes(5));

        ExamResult r = exam.submit(T0.plusSeconds(200));
        assertThat(r.score()).isEqualTo(2);
        assertThat(r.rows()).extracting(ExamResult.Row::given).containsExactly(4, null, 1, 1);
        assertThat(r.rows()).extracting(ExamResult.Row::correct).containsExactly(true, false, false, true);
        assertThat(r.subjects()).isEqualTo(Map.of(3, new ExamResult.Part(2, 1), 4, new ExamResult.Part(2, 1)));
        assertThat(r.used()).isEqualTo(Duration.ofSeconds(200));
        assertThat(r.pass()).isFalse(); // 50 % average
        assertThatThrownBy(() -> exam.choose(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeUpSubmitsAtTheDeadline() {
        MockExam exam = new MockExam(paper(1, 1), T0, Duration.ofMinutes(3));
        assertThat(exam.timeUp(T0.plusSeconds(179))).isFalse();
        assertThat(exam.timeUp(T0.plusSeconds(180))).isTrue();
        assertThat(exam.submit(T0.plusSeconds(500)).used()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void passRuleEverySubjectAtLeast40AndAverageAtLeast60() {
        assertThat(ExamResult.passes(Map.of(3, new ExamResult.Part(10, 6), 4, new ExamResult.Part(10, 6)))).isTrue();
        assertThat(ExamResult.passes(Map.of(3, new ExamResult.Part(10, 8), 4, new ExamResult.Part(10, 4)))).isTrue();
        // average 65 % but subject 4 at 30 %: fails
        assertThat(ExamResult.passes(Map.of(3, new ExamResult.Part(10, 10), 4, new ExamResult.Part(10, 3)))).isFalse();
        assertThat(ExamResult.passes(Map.of(3, new ExamResult.Part(10, 5), 4, new ExamResult.Part(10, 6)))).isFalse();
    }

    @Test
    void theReportCarriesEveryFieldTheIssueNames() throws Exception {
        MockExam exam = new MockExam(paper(3, 1), T0, Duration.ofMinutes(6));
        exam.choose(4);
        exam.next();
        exam.choose(3);
        exam.next();
        exam.next();
        exam.choose(2);
        JsonNode j = new ObjectMapper().readTree(ExamReportJson.text(exam.submit(T0.plusSeconds(75)), Lang.KO));
        assertThat(j.get("kind").asText()).isEqualTo("exam");
        assertThat(j.get("total").asInt()).isEqualTo(4);
        assertThat(j.get("score").asInt()).isEqualTo(2);
        assertThat(j.get("seconds").asLong()).isEqualTo(75);
        assertThat(j.get("minutes").asDouble()).isEqualTo(6.0);
        assertThat(j.get("pass").asBoolean()).isFalse(); // subject 3: 2/3, subject 4: 0/1
        assertThat(j.get("subjects").get("3").get("total").asInt()).isEqualTo(3);
        assertThat(j.get("subjects").get("3").get("score").asInt()).isEqualTo(2);
        assertThat(j.get("subjects").get("4").get("score").asInt()).isZero();
        JsonNode q3 = j.get("questions").get(2);
        assertThat(q3.get("card_id").asText()).isEqualTo("q2");
        assertThat(q3.get("answer_given").isNull()).isTrue();
        assertThat(q3.get("correct_choice").asInt()).isEqualTo(2);
        assertThat(q3.get("correct").asBoolean()).isFalse();
        assertThat(j.get("questions").get(0).get("shown_choices")).extracting(JsonNode::asText)
                .containsExactly("라", "다", "나", "가");
    }
}
