package gradcards.grade;

import gradcards.i18n.Text;
import java.util.List;

/**
 * The grade of one input: the verdict, the accepted form that matched (empty when none), the verdict of each
 * typed blank in typing order (cloze only, else empty), the chosen option 1..n (choice only, else 0),
 * a short reason code (see {@link Reason}) and a one-line bilingual message for feedback.
 */
public record Result(Verdict verdict, String matched, List<Verdict> blanks, int chosen, String reason,
                     Text message) {

    /** Copies the blank list and turns a null matched form into "". */
    public Result {
        matched = matched == null ? "" : matched;
        blanks = List.copyOf(blanks);
    }

    /** A result for a single answer (no blanks, no choice). */
    static Result of(Verdict verdict, String matched, String reason) {
        return new Result(verdict, matched, List.of(), 0, reason, Reason.message(verdict, reason));
    }

    /** The same result with another message (for messages that carry numbers). */
    Result withMessage(Text text) {
        return new Result(verdict, matched, blanks, chosen, reason, text);
    }

    /** Whether the answer counts as right. */
    public boolean correct() {
        return verdict.correct();
    }
}
