package gradcards.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Grades one typed answer against one key: rejects first, then exact forms, then the same without a trailing
 * generic noun ("ReLU 활성화 함수"), then the number, then (if allowed) a single typo. Comparison is on folded
 * text and never by substring; a typo that spells a rejected term is not forgiven ("Leaky PReLU").
 */
final class KeyMatcher {
    /** Latin rejected forms shorter than this are not looked for inside a typo ("AE", "BN" occur by chance). */
    private static final int MIN_LATIN_REJECT_INSIDE = 3;
    /** Korean rejected forms shorter than this are not looked for inside a typo. */
    private static final int MIN_KOREAN_REJECT_INSIDE = 2;
    private final AnswerKey key;
    private final FormSet accepted;
    private final FormSet rejected;
    private final ToIntBiFunction<String, String> distance;

    KeyMatcher(AnswerKey key, ToIntBiFunction<String, String> distance) {
        this.key = key;
        this.accepted = new FormSet(key.accept());
        this.rejected = new FormSet(key.reject());
        this.distance = distance;
    }

    /** The grade of an input; typos are forgiven only when allowed here and by the key. */
    Result grade(String input, boolean typosAllowed) {
        String clean = AnswerNormalizer.clean(input);
        if (AnswerNormalizer.fold(clean).isEmpty()) return Result.of(Verdict.WRONG, "", Reason.EMPTY);
        List<String> parts = folded(Parenthetical.parts(clean));
        Result exact = exact(parts);
        if (exact != null) return exact;
        List<String> bare = withoutGenericNoun(parts);
        Result plain = exact(bare);
        if (plain != null) return plain;
        Result number = key.hasNumeric() ? number(clean) : null;
        if (number != null) return number;
        if (!typosAllowed || key.strictTypos()) return Result.of(Verdict.WRONG, "", Reason.NO_MATCH);
        List<String> all = new ArrayList<>(parts);
        all.addAll(bare);
        return typo(all);
    }

    /** WRONG when a part is rejected, CORRECT when a part is accepted, else null. */
    private Result exact(List<String> parts) {
        for (String p : parts) {
            if (rejected.contains(p)) return Result.of(Verdict.WRONG, rejected.written(p), Reason.REJECTED);
        }
        for (String p : parts) {
            if (accepted.contains(p)) return Result.of(Verdict.CORRECT, accepted.written(p), Reason.EXACT);
        }
        return null;
    }

    /** The parts with a trailing generic noun removed, except where the noun makes the part another term. */
    private List<String> withoutGenericNoun(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String bare = GenericNouns.strip(p);
            if (bare != null && !key.terms().anotherAnswer(p, bare) && !out.contains(bare)) out.add(bare);
        }
        return out;
    }

    /** The grade by value when the input reads as a number (or its bracket parts as numbers), else null. */
    private Result number(String clean) {
        List<String> texts = numberTexts(clean);
        if (texts.isEmpty()) return null;
        boolean ok = texts.stream().allMatch(t -> NumberParser.matches(t, key.numeric(), key.tolerance()));
        return ok ? Result.of(Verdict.CORRECT, NumberFormat.compact(key.numeric()), Reason.NUMERIC)
                : Result.of(Verdict.WRONG, "", Reason.NUMERIC_OFF);
    }

    /** The whole input when it is a number, or else the bracket parts that are numbers ("0.25 (1/4)"). */
    private static List<String> numberTexts(String clean) {
        if (NumberParser.parse(clean).isPresent()) return List.of(clean);
        List<String> out = new ArrayList<>();
        for (String part : Parenthetical.numberParts(clean)) {
            if (NumberParser.parse(part).isPresent()) out.add(part);
        }
        return out;
    }

    /**
     * Forgives one edit to a long enough accepted form, unless some part is as close to a reject, or the typo
     * spells a rejected term that the accepted form does not contain ("Leaky PReLU" is no typo of "Leaky ReLU").
     */
    private Result typo(List<String> parts) {
        String match = null;
        String input = null;
        for (String p : parts) {
            if (rejected.nearest(p, distance) <= 1) return Result.of(Verdict.WRONG, "", Reason.NEAR_REJECT);
            if (match == null) {
                match = typoMatch(p);
                input = p;
            }
        }
        if (match == null) return Result.of(Verdict.WRONG, "", Reason.NO_MATCH);
        String spelled = rejectSpelledBy(input, match);
        if (spelled != null) return Result.of(Verdict.WRONG, rejected.written(spelled), Reason.REJECTED);
        return Result.of(Verdict.CORRECT_TYPO, accepted.written(match), Reason.TYPO);
    }

    /** A folded rejected form inside the input but not inside the accepted form it resembles, or null. */
    private String rejectSpelledBy(String input, String form) {
        for (String r : rejected.folded()) {
            int min = r.chars().anyMatch(Typos::isSyllable) ? MIN_KOREAN_REJECT_INSIDE : MIN_LATIN_REJECT_INSIDE;
            if (r.length() >= min && input.contains(r) && !form.contains(r)) return r;
        }
        return null;
    }

    /** The folded accepted form one edit away from the input, or null. */
    private String typoMatch(String input) {
        for (String form : accepted.folded()) {
            if (Typos.forgiving(form) && Typos.compatible(input, form) && distance.applyAsInt(input, form) <= 1) {
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
