package gradcards.grade;

import gradcards.i18n.Text;

/** The reason codes a {@link Result} carries, with their default feedback lines. */
public final class Reason {
    /** The input equals an accepted form after normalisation. */
    public static final String EXACT = "exact";
    /** The input is a number within the key's tolerance. */
    public static final String NUMERIC = "numeric";
    /** The input is one edit away from an accepted form. */
    public static final String TYPO = "typo";
    /** The input is (or contains as a part) a rejected form. */
    public static final String REJECTED = "rejected";
    /** The input is a typo-neighbour at least as close to a rejected form as to an accepted one. */
    public static final String NEAR_REJECT = "near-reject";
    /** The input is a number outside the tolerance. */
    public static final String NUMERIC_OFF = "numeric-off";
    /** The input is longer than {@link Grader#MAX_ANSWER_CHARS}: wrong without being compared. */
    public static final String TOO_LONG = "too-long";
    /** Nothing was typed. */
    public static final String EMPTY = "empty";
    /** The input matches nothing. */
    public static final String NO_MATCH = "no-match";
    /** A cloze input had the wrong number of blanks. */
    public static final String BLANK_COUNT = "blank-count";
    /** At least one cloze blank was wrong. */
    public static final String BLANK_WRONG = "blank-wrong";
    /** All cloze blanks were right. */
    public static final String BLANKS_OK = "blanks-ok";
    /** The digit 0 was typed for an O/X question. */
    public static final String OX_ZERO = "ox-zero";
    /** An O/X answer that is neither O nor X. */
    public static final String OX_UNRECOGNISED = "ox-unrecognised";
    /** An O/X answer that was read. */
    public static final String OX = "ox";
    /** A choice that was read. */
    public static final String CHOICE = "choice";
    /** A choice input that is not an option number. */
    public static final String CHOICE_INVALID = "choice-invalid";

    private Reason() {
    }

    /** The default bilingual feedback line for a verdict given for a reason. */
    static Text message(Verdict verdict, String reason) {
        if (reason.equals(OX) || reason.equals(CHOICE)) return message(verdict.correct() ? EXACT : NO_MATCH);
        return message(reason);
    }

    /** The default bilingual feedback line for a reason code. */
    static Text message(String reason) {
        switch (reason) {
            case EXACT: case NUMERIC: case BLANKS_OK: return Text.of("정답", "correct");
            case TYPO: return Text.of("정답 (철자 주의)", "correct — check the spelling");
            case REJECTED: return Text.of("비슷하지만 다른 용어입니다", "a related but different term");
            case NEAR_REJECT: return Text.of("다른 용어에 더 가깝습니다 — 철자를 확인하세요",
                    "closer to a different term — check the spelling");
            case NUMERIC_OFF: return Text.of("값이 다릅니다", "the value is off");
            case EMPTY: return Text.of("답을 입력하지 않았습니다", "no answer given");
            case OX_ZERO: return Text.of("숫자 0이 아니라 영문 O 또는 X로 답하세요",
                    "that is the digit 0 — answer with the letter O or X");
            case OX_UNRECOGNISED: return Text.of("O 또는 X로 답하세요", "answer O or X");
            default: return Text.of("오답", "wrong");
        }
    }

    /** The feedback line for a cloze input with the wrong number of answers. */
    static Text blankCount(int expected, int got) {
        return Text.of("빈칸 " + expected + "개의 답을 쉼표(,)로 구분해 입력하세요 (입력 " + got + "개)",
                "type " + expected + " answers separated by commas (got " + got + ")");
    }

    /** The feedback line for an answer longer than the bound. */
    static Text tooLong(int max) {
        return Text.of("답이 너무 깁니다 (빈칸 하나에 " + max + "자까지) — 오답으로 처리했습니다",
                "the answer is too long (at most " + max + " characters per blank) — graded wrong");
    }

    /** The feedback line for a choice that is not 1..count. */
    static Text choiceRange(int count) {
        return Text.of("1–" + count + " 중 하나를 입력하세요", "type a number from 1 to " + count);
    }
}
