package gradcards.i18n;

/**
 * Text made safe for a terminal: control characters from decks, imports or the keyboard are shown as visible
 * symbols (ESC as ␛, U+0001 as ␁ …, DEL as ␡), never sent, so no card or typed answer can set the window title,
 * hide the cursor or move it.
 */
public final class Visible {
    private Visible() {
    }

    /** Every control character shown visibly; tabs and line breaks become spaces. */
    public static String of(String s) {
        if (s == null || clean(s)) return s;
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) append(b, s.charAt(i));
        return b.toString();
    }

    /**
     * Like {@link #of}, but keeps the colour sequences gradcards itself writes (ESC [ digits and ; m); any other
     * escape sequence, and every other control character, is shown visibly.
     */
    public static String keepingStyles(String s) {
        if (s == null || clean(s)) return s;
        StringBuilder b = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '\u001b' ? sgrEnd(s, i) : -1;
            if (end > 0) {
                b.append(s, i, end);
                i = end;
            } else {
                append(b, c);
                i++;
            }
        }
        return b.toString();
    }

    /** Where the colour sequence starting at i ends (exclusive), or -1 when none starts there. */
    private static int sgrEnd(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i + 1) != '[') return -1;
        for (int j = i + 2; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == 'm') return j + 1;
            if (!(c >= '0' && c <= '9') && c != ';') return -1;
        }
        return -1;
    }

    private static void append(StringBuilder b, char c) {
        if (c == '\t' || c == '\n' || c == '\r') b.append(' ');
        else if (c < 0x20) b.append((char) (0x2400 + c));
        else if (c == 0x7f) b.append('\u2421');
        else if (c >= 0x80 && c < 0xa0) b.append('\u2426'); // C1 controls (8-bit CSI/OSC) as ␦
        else b.append(c);
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return false;
        }
        return true;
    }
}
