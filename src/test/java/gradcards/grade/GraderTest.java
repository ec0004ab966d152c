package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.i18n.Lang;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** A lenient grader whose typo distance counts its calls. */
    private static Grader counting(AtomicInteger calls) {
        return new Grader(false, (a, b) -> {
            calls.incrementAndGet();
            return Typos.distance(a, b);
        });
    }

    @Test
    void aMegabyteAnswerIsWrongWithoutComputingAnyEditDistance() {
        AtomicInteger calls = new AtomicInteger();
        Grader grader = counting(calls);
        AnswerKey dropout = Bundled.synonyms().key("dropout");
        String megabyte = "dropuot ".repeat(131_072); // 1 MiB of a near miss that a typo check would compare
        Result r = grader.grade(megabyte, dropout);
        assertThat(r.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(r.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(r.message().in(Lang.EN)).contains("too long").contains(String.valueOf(Grader.MAX_ANSWER_CHARS));
        Result cloze = grader.gradeCloze(megabyte + ", dropuot", List.of(dropout, dropout), true);
        assertThat(cloze.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(cloze.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(cloze.blanks()).containsExactly(Verdict.WRONG, Verdict.WRONG);
        assertThat(calls.get()).isZero();
        assertThat(grader.grade("dropuot", dropout).verdict()).isEqualTo(Verdict.CORRECT_TYPO); // the counter counts
        assertThat(calls.get()).isPositive();
    }

    @Test
    void theBoundIsInCharactersAfterNfcAndPerBlank() {
        AtomicInteger calls = new AtomicInteger();
        Grader grader = counting(calls);
        AnswerKey dropout = Bundled.synonyms().key("dropout");
        String atBound = "d".repeat(Grader.MAX_ANSWER_CHARS);
        assertThat(grader.grade(atBound, dropout).reason()).isEqualTo(Reason.NO_MATCH);
        assertThat(calls.get()).isPositive();
        assertThat(grader.grade(atBound + "d", dropout).reason()).isEqualTo(Reason.TOO_LONG);
        String hangul = Normalizer.normalize("각".repeat(Grader.MAX_ANSWER_CHARS), Normalizer.Form.NFD);
        assertThat(hangul).hasSize(3 * Grader.MAX_ANSWER_CHARS);
        assertThat(grader.grade(hangul, dropout).reason()).isEqualTo(Reason.NO_MATCH);
        assertThat(grader.grade(hangul + "각", dropout).reason()).isEqualTo(Reason.TOO_LONG);
        String twoBlanks = atBound + ", " + atBound;
        assertThat(grader.gradeCloze(twoBlanks, List.of(dropout, dropout), false).reason()).isEqualTo(Reason.BLANK_WRONG);
        assertThat(grader.gradeCloze(twoBlanks + "d", List.of(dropout, dropout), false).reason())
                .isEqualTo(Reason.BLANK_WRONG); // each blank is bounded on its own: the longer one is wrong
    }
}
