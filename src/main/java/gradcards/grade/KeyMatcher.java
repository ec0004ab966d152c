package gradcards.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Grades one typed answer against one key: rejects first, then exact forms, then the number, then (if allowed)
 * a single typo. Comparison is on folded text and never by substring.
 */
final class KeyMatcher {
    private final AnswerKey key;
    private final FormSet accepted;
    private final FormSet rejected;

    KeyMatcher(AnswerKey key) {
        this.key = key;
        this.accepted = new FormSet(key.accept());
        this.rejected = new FormSet(key.reject());
    }

    /** The grade of an input; typos are forgiven only when allowed here and by the key. */
    Result grade(String input, boolean typosAllowed) {
        String clean = AnswerNormalizer.clean(input);
        if (AnswerNormalizer.fold(clean).isEmpty()) return Result.of(Verdict.WRONG, "", Reason.EMPTY);
        List<String> parts = folded(Parenthetical.parts(clean));
        for (String p : parts) {
            if (rejected.contains(p)) return Result.of(Verdict.WRONG, rejected.written(p), Reason.REJECTED);
        }
        for (String p : parts) {
            if (accepted.contains(p)) return Result.of(Verdict.CORRECT, accepted.written(p), Reason.EXACT);
        }
        Result number = key.hasNumeric() ? number(clean) : null;
        if (number != null) return number;
        return typosAllowed && !key.strictTypos() ? typo(parts) : Result.of(Verdict.WRONG, "", Reason.NO_MATCH);
    }

    /** The grade by value when the input reads as a number (or its bracket parts as numbers), else null. */
    private Result number(String clean) {
        List<Double> values = values(clean);
        if (values.isEmpty()) return null;
        boolean ok = values.stream().allMatch(v -> NumberParser.within(v, key.numeric(), key.tolerance()));
        return ok ? Result.of(Verdict.CORRECT, NumberFormat.compact(key.numeric()), Reason.NUMERIC)
                : Result.of(Verdict.WRONG, "", Reason.NUMERIC_OFF);
    }

    /** The whole input's value, or else the values of the bracket parts that are numbers ("0.25 (1/4)"). */
    private static List<Double> values(String clean) {
        OptionalDouble whole = NumberParser.parse(clean);
        if (whole.isPresent()) return List.of(whole.getAsDouble());
        List<Double> out = new ArrayList<>();
        for (String part : Parenthetical.numberParts(clean)) NumberParser.parse(part).ifPresent(out::add);
        return out;
    }

    /** Forgives one edit to a long enough accepted form, unless some part is as close to a reject. */
    private Result typo(List<String> parts) {
        String match = null;
        for (String p : parts) {
            if (rejected.nearest(p) <= 1) return Result.of(Verdict.WRONG, "", Reason.NEAR_REJECT);
            if (match == null) match = typoMatch(p);
        }
        return match == null ? Result.of(Verdict.WRONG, "", Reason.NO_MATCH)
                : Result.of(Verdict.CORRECT_TYPO, accepted.written(match), Reason.TYPO);
    }

    /** The folded accepted form one edit away from the input, or null. */
    private String typoMatch(String input) {
        for (String form : accepted.folded()) {
            if (Typos.forgiving(form) && Typos.compatible(input, form) && Typos.distance(input, form) <= 1) {
                return form;
            }
        }
        return null;
    }

    private static List<String> folded(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String f = AnswerNormalizer.fold(p);
            if (!f.isEmpty() && !out.contains(f)) out.add(f);
        }
        return out;
    }
}
