package gradcards.grade;

import java.util.ArrayList;
import java.util.List;

/** Splits a one-line cloze input into blanks at "," ";" "|" (and their CJK forms) outside brackets; "/" is kept. */
final class ClozeSplitter {
    private static final String SEPARATORS = ",;|、，；｜";
    private static final String OPEN = "([{（［";
    private static final String CLOSE = ")]}）］";

    private ClozeSplitter() {
    }

    /** The typed answers in order, each trimmed (empty answers are kept, so "a,,b" has three). */
    static List<String> split(String input) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : (input == null ? "" : input).toCharArray()) {
            if (OPEN.indexOf(c) >= 0) depth++;
            if (CLOSE.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
