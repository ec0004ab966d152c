package gradcards.demos;

import java.util.Locale;

/** The one rule for matching a demo id typed by the learner or named by a card: "D02", "d02", "d2", "2" all match D02. */
public final class DemoId {
    private DemoId() {
    }

    /** The canonical form: "D" and two digits for a number ("d2" → "D02"); any other id trimmed and upper-cased. */
    public static String canonical(String id) {
        String s = id.trim().toUpperCase(Locale.ROOT);
        String digits = s.startsWith("D") ? s.substring(1) : s;
        if (!digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(Character::isDigit)) {
            return String.format(Locale.ROOT, "D%02d", Integer.parseInt(digits));
        }
        return s;
    }

    /** Whether the typed id names this demo id. */
    public static boolean matches(String demoId, String typed) {
        return canonical(demoId).equals(canonical(typed));
    }
}
