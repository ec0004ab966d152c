package gradcards.grade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits "A(B)" answers into the forms they stand for: the whole, the part outside the brackets and each part
 * inside ("드롭아웃(Dropout)" → 드롭아웃Dropout, 드롭아웃, Dropout). Inside a bracket "," ";" (and "/" in
 * text) separate further alternatives. Unbalanced brackets leave the text whole.
 */
final class Parenthetical {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";
    private static final String TEXT_SEPARATORS = "[,/;]";
    private static final String NUMBER_SEPARATORS = "[,;]";

    private Parenthetical() {
    }

    /** The clean (unfolded) forms of a text, the whole first; a text without brackets gives just itself. */
    static List<String> parts(String clean) {
        return parts(clean, TEXT_SEPARATORS);
    }

    /** Like {@link #parts(String)}, but "/" inside brackets stays (it is a fraction bar: "0.25 (1/4)"). */
    static List<String> numberParts(String clean) {
        return parts(clean, NUMBER_SEPARATORS);
    }

    private static List<String> parts(String clean, String innerSeparators) {
        List<String> inner = new ArrayList<>();
        String outside = outside(clean, inner);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(clean);
        if (outside == null || inner.isEmpty()) return List.copyOf(forms);
        forms.add(outside.strip());
        for (String group : inner) {
            for (String alt : group.split(innerSeparators)) forms.add(alt.strip());
        }
        forms.removeIf(f -> AnswerNormalizer.fold(f).isEmpty());
        if (forms.isEmpty()) forms.add(clean);
        return List.copyOf(forms);
    }

    /** The text outside top-level brackets (collecting each bracket's content), or null when unbalanced. */
    private static String outside(String s, List<String> inner) {
        StringBuilder out = new StringBuilder();
        StringBuilder in = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += OPEN.indexOf(c) >= 0 ? 1 : 0;
            if (depth == 0) out.append(c);
            else in.append(c);
            if (CLOSE.indexOf(c) >= 0 && --depth == 0) inner.add(unwrap(in));
            if (depth < 0) return null;
        }
        return depth == 0 ? out.toString() : null;
    }

    /** The content of a collected bracket group without its outer brackets, and resets the buffer. */
    private static String unwrap(StringBuilder group) {
        String s = group.substring(1, group.length() - 1);
        group.setLength(0);
        return s;
    }
}
