package gradcards.grade;

import gradcards.i18n.Text;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Grades typed answers, O/X answers, choices and multi-blank cloze answers; strict mode is the exam's rule
 * (no typo tolerance), lenient mode forgives one typo in long answers.
 */
public final class Grader {
    private final boolean strict;

    /** A grader; strict = no typo tolerance. */
    public Grader(boolean strict) {
        this.strict = strict;
    }

    /** Whether this grader follows the exam's strict spelling rule. */
    public boolean strict() {
        return strict;
    }

    /** The grade of a typed answer against a key (empty input is WRONG). */
    public Result grade(String input, AnswerKey key) {
        return new KeyMatcher(key).grade(input, !strict);
    }

    /** The grade of an O/X answer; the digit 0 and anything unrecognised are INVALID (ask again). */
    public Result gradeOx(String input, boolean truth) {
        if (OxParser.isZero(input)) return Result.of(Verdict.INVALID, "", Reason.OX_ZERO);
        Optional<Boolean> said = OxParser.parse(input);
        if (said.isEmpty()) return Result.of(Verdict.INVALID, "", Reason.OX_UNRECOGNISED);
        Verdict v = said.get() == truth ? Verdict.CORRECT : Verdict.WRONG;
        return Result.of(v, said.get() ? "O" : "X", Reason.OX);
    }

    /**
     * Reads a choice 1..choiceCount: INVALID when it is not one, else verdict CORRECT meaning "read" with the
     * option in {@link Result#chosen()}; the caller compares it with its (displayed) key.
     */
    public Result gradeChoice(String input, int choiceCount) {
        OptionalInt n = ChoiceParser.parse(input, choiceCount);
        if (n.isEmpty()) {
            return Result.of(Verdict.INVALID, "", Reason.CHOICE_INVALID).withMessage(Reason.choiceRange(choiceCount));
        }
        return new Result(Verdict.CORRECT, String.valueOf(n.getAsInt()), List.of(), n.getAsInt(), Reason.CHOICE,
                Text.of("", ""));
    }

    /** Grades a choice against the key option (1-based): CORRECT, WRONG, or INVALID when unreadable. */
    public Result gradeChoice(String input, int choiceCount, int key) {
        Result read = gradeChoice(input, choiceCount);
        if (read.verdict() == Verdict.INVALID) return read;
        Verdict v = read.chosen() == key ? Verdict.CORRECT : Verdict.WRONG;
        return new Result(v, read.matched(), List.of(), read.chosen(), Reason.CHOICE, Reason.message(v, Reason.CHOICE));
    }

    /** Grades blanks typed on one line separated by "," ";" or "|", in order or (unordered) as a set. */
    public Result gradeCloze(String input, List<AnswerKey> blanks, boolean unordered) {
        return new ClozeGrader(this::grade).grade(input, blanks, unordered);
    }
}
