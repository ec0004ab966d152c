package gradcards.grade;

import gradcards.i18n.Text;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToIntBiFunction;

/**
 * Grades typed answers, O/X answers, choices and multi-blank cloze answers; strict mode is the exam's rule
 * (no typo tolerance), lenient mode forgives one typo in long answers.
 */
public final class Grader {
    /**
     * The longest typed answer graded, in characters (per blank of a cloze): a longer one is WRONG without any
     * comparison, so a pasted megabyte costs no edit distance. The longest accepted form is under 60 characters.
     */
    public static final int MAX_ANSWER_CHARS = 200;
    /** Room per blank for the separator and spaces between blanks when a cloze line as a whole is bounded. */
    private static final int SEPARATOR_ROOM = 8;
    /** UTF-16 units per character at most in a typed answer worth normalising (NFD Hangul takes three). */
    private static final int UNITS_PER_CHAR = 3;
    private final boolean strict;
    private final ToIntBiFunction<String, String> distance;

    /** A grader; strict = no typo tolerance. */
    public Grader(boolean strict) {
        this(strict, Typos::distance);
    }

    /** A grader with the given typo distance (tests count its calls). */
    Grader(boolean strict, ToIntBiFunction<String, String> distance) {
        this.strict = strict;
        this.distance = distance;
    }

    /** Whether this grader follows the exam's strict spelling rule. */
    public boolean strict() {
        return strict;
    }

    /** The grade of a typed answer against a key (empty input and input over the bound are WRONG). */
    public Result grade(String input, AnswerKey key) {
        if (tooLong(input, 1)) return tooLong();
        return new KeyMatcher(key, distance).grade(input, !strict);
    }

    /**
     * Whether an input is longer than the bound, measured in characters after NFC: one answer at most
     * {@link #MAX_ANSWER_CHARS}; a cloze line of n blanks n × (the bound + room for a separator).
     */
    static boolean tooLong(String input, int answers) {
        if (input == null) return false;
        long max = answers == 1 ? MAX_ANSWER_CHARS : (long) (MAX_ANSWER_CHARS + SEPARATOR_ROOM) * answers;
        if (input.length() > max * UNITS_PER_CHAR) return true;
        String nfc = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFC);
        return nfc.codePointCount(0, nfc.length()) > max;
    }

    private static Result tooLong() {
        return Result.of(Verdict.WRONG, "", Reason.TOO_LONG).withMessage(Reason.tooLong(MAX_ANSWER_CHARS));
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
        if (!blanks.isEmpty() && tooLong(input, blanks.size())) {
            return new Result(Verdict.WRONG, "", java.util.Collections.nCopies(blanks.size(), Verdict.WRONG), 0,
                    Reason.TOO_LONG, Reason.tooLong(MAX_ANSWER_CHARS));
        }
        return new ClozeGrader(this::grade).grade(input, blanks, unordered);
    }
}
