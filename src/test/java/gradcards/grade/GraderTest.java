package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a Result the study screen shows: matched form, reason, message, blanks, chosen option. */
class GraderTest {
    private final Grader lenient = new Grader(false);
    private final Grader strict = new Grader(true);

    @Test
    void typoResultTellsTheLearnerToCheckTheSpelling() {
        Result r = lenient.grade("dropuot", AnswerKey.of("Dropout", "드롭아웃"));
        assertThat(r.verdict()).isEqualTo(Verdict.CORRECT_TYPO);
        assertThat(r.matched()).isEqualTo("Dropout");
        assertThat(r.reason()).isEqualTo(Reason.TYPO);
        assertThat(r.message().in(Lang.EN)).isEqualTo("correct — check the spelling");
        assertThat(r.message().in(Lang.KO)).isEqualTo("정답 (철자 주의)");
        assertThat(r.correct()).isTrue();
        assertThat(strict.strict()).isTrue();
        assertThat(strict.grade("dropuot", AnswerKey.of("Dropout")).correct()).isFalse();
    }

    @Test
    void aRejectWinsEvenWhenItIsAlsoListedAsAccepted() {
        AnswerKey k = AnswerKey.of("ReLU", "PReLU").rejecting("PReLU");
        Result r = lenient.grade("prelu", k);
        assertThat(r.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(r.reason()).isEqualTo(Reason.REJECTED);
        assertThat(r.matched()).isEqualTo("PReLU");
    }

    @Test
    void aTypoCloserToARejectIsNotForgiven() {
        AnswerKey k = AnswerKey.of("momentum").rejecting("momentous");
        assertThat(lenient.grade("momentou", k).reason()).isEqualTo(Reason.NEAR_REJECT);
        assertThat(lenient.grade("momentus", k).reason()).isEqualTo(Reason.NEAR_REJECT); // a tie is not forgiven
        assertThat(lenient.grade("momentun", k).verdict()).isEqualTo(Verdict.CORRECT_TYPO);
    }

    @Test
    void strictTyposOnTheKeyOverridesALenientGrader() {
        assertThat(lenient.grade("sigmiod", AnswerKey.of("sigmoid").strict()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void numericKeyReportsTheExpectedValue() {
        Result r = strict.grade("1/4", AnswerKey.number(0.25, 1e-3));
        assertThat(r.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(r.matched()).isEqualTo("0.25");
        assertThat(strict.grade("0.3", AnswerKey.number(0.25, 1e-3)).reason()).isEqualTo(Reason.NUMERIC_OFF);
    }

    @Test
    void oxZeroAsksAgainWithAnExplanation() {
        Result r = strict.gradeOx("0", true);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.reason()).isEqualTo(Reason.OX_ZERO);
        assertThat(r.message().in(Lang.EN)).contains("digit 0");
        assertThat(strict.gradeOx("o", false).message().in(Lang.EN)).isEqualTo("wrong");
        assertThat(strict.gradeOx("o", true).message().in(Lang.EN)).isEqualTo("correct");
    }

    @Test
    void choiceReportsTheChosenOptionOrTheRange() {
        assertThat(strict.gradeChoice("②", 4).chosen()).isEqualTo(2);
        Result bad = strict.gradeChoice("9", 4);
        assertThat(bad.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(bad.chosen()).isZero();
        assertThat(bad.message().in(Lang.EN)).isEqualTo("type a number from 1 to 4");
        assertThat(strict.gradeChoice("5", 5).chosen()).isEqualTo(5);
    }

    @Test
    void clozeCountMismatchSaysHowManyAnswersAreExpected() {
        List<AnswerKey> blanks = List.of(AnswerKey.of("L1"), AnswerKey.of("L2"));
        Result r = strict.gradeCloze("L1", blanks, false);
        assertThat(r.reason()).isEqualTo(Reason.BLANK_COUNT);
        assertThat(r.message().in(Lang.EN)).isEqualTo("type 2 answers separated by commas (got 1)");
        assertThat(r.blanks()).containsExactly(Verdict.WRONG, Verdict.WRONG);
    }

    @Test
    void unorderedClozeListsMatchedFormsInBlankOrder() {
        List<AnswerKey> blanks = List.of(AnswerKey.of("L1"), AnswerKey.of("L2"));
        Result r = strict.gradeCloze("l2, l1", blanks, true);
        assertThat(r.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(r.matched()).isEqualTo("L1, L2");
    }

    @Test
    void clozeNeedsABlank() {
        assertThatThrownBy(() -> strict.gradeCloze("x", List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clozeSplitKeepsBracketsAndSlashesTogether() {
        assertThat(ClozeSplitter.split("드롭아웃(Dropout, 드랍아웃); 1/4 | L2")).containsExactly(
                "드롭아웃(Dropout, 드랍아웃)", "1/4", "L2");
        assertThat(ClozeSplitter.split("a,,b")).containsExactly("a", "", "b");
    }

    @Test
    void answerKeyRejectsBadTolerances() {
        assertThatThrownBy(() -> AnswerKey.number(0.25, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerKey.number(0.25, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerKey.number(Double.POSITIVE_INFINITY, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bracketPartsOfAKeyAreEachAccepted() {
        assertThat(Parenthetical.parts("L2 규제(릿지/Ridge)")).containsExactly("L2 규제(릿지/Ridge)", "L2 규제", "릿지", "Ridge");
        assertThat(Parenthetical.numberParts("0.25 (1/4)")).containsExactly("0.25 (1/4)", "0.25", "1/4");
        assertThat(Parenthetical.parts("a)b(")).containsExactly("a)b(");
    }
}
