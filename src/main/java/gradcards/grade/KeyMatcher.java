package gradcards.grade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * A folded rejected form that the typo spells in place of whole words of the accepted form, or null:
     * input = P + reject + S and form = P + x + S, where x is one or more whole words of the form as written
     * ("Leaky PReLU" against "Leaky ReLU", "tan 함수" against "tanh 함수"). A reject met inside a word by chance
     * ("adam" in "adam ith decoupled weight decay") does not count.
     */
    private String rejectSpelledBy(String input, String form) {
        Set<Integer> cuts = wordBoundaries(form);
        for (String r : rejected.folded()) {
            int min = r.chars().anyMatch(Typos::isSyllable) ? MIN_KOREAN_REJECT_INSIDE : MIN_LATIN_REJECT_INSIDE;
            if (r.length() < min) continue;
            for (int i = input.indexOf(r); i >= 0; i = input.indexOf(r, i + 1)) {
                int end = form.length() - (input.length() - i - r.length());
                boolean aligned = end > i && cuts.contains(i) && cuts.contains(end);
                if (aligned && form.startsWith(input.substring(0, i)) && form.endsWith(input.substring(i + r.length()))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The positions in a folded accepted form where a word of some written form of it starts or ends. */
    private Set<Integer> wordBoundaries(String form) {
        Set<Integer> cuts = new HashSet<>();
        for (String written : key.accept()) {
            for (String part : Parenthetical.parts(AnswerNormalizer.clean(written))) {
                if (!AnswerNormalizer.fold(part).equals(form)) continue;
                int at = 0;
                cuts.add(at);
                for (String w : part.split("[\\s\\p{Punct}]+")) {
                    at += AnswerNormalizer.fold(w).length();
                    cuts.add(at);
                }
            }
        }
        return cuts;
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
