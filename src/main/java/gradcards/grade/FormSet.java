package gradcards.grade;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/** A key's forms folded for comparison, each mapped to the form as written (for feedback). */
final class FormSet {
    private final Map<String, String> byFolded = new LinkedHashMap<>();

    /** Folds every form, and every part of a bracketed form ("A(B)" → A, B, AB). */
    FormSet(Iterable<String> forms) {
        for (String form : forms) {
            for (String part : Parenthetical.parts(AnswerNormalizer.clean(form))) {
                String folded = AnswerNormalizer.fold(part);
                if (!folded.isEmpty()) byFolded.putIfAbsent(folded, form);
            }
        }
    }

    /** Whether a folded input equals one of the forms. */
    boolean contains(String folded) {
        return byFolded.containsKey(folded);
    }

    /** The form as written for a folded input that {@link #contains} it. */
    String written(String folded) {
        return byFolded.get(folded);
    }

    /** The folded forms. */
    Set<String> folded() {
        return byFolded.keySet();
    }

    /** The smallest typo distance from a folded input to any form (Integer.MAX_VALUE when there is none). */
    int nearest(String folded, ToIntBiFunction<String, String> distance) {
        int best = Integer.MAX_VALUE;
        for (String f : byFolded.keySet()) best = Math.min(best, distance.applyAsInt(folded, f));
        return best;
    }
}
