package gradcards.render;

import org.jline.utils.WCWidth;

/** Terminal cell arithmetic: display width (Hangul and other wide characters take two columns), padding, wrapping. */
public final class Cells {
    private Cells() {
    }

    /** The number of terminal columns the string occupies (no escape sequences expected). */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == 0x1b) {
                i = skipEscape(s, i);
                continue;
            }
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The index after an ANSI CSI sequence starting at i ("ESC [ … letter"). */
    private static int skipEscape(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '[') {
            j++;
            while (j < s.length() && !Character.isLetter(s.charAt(j))) j++;
        }
        return Math.min(s.length(), j + 1);
    }

    /** The string padded with spaces on the right to the given number of columns (never truncated). */
    public static String padRight(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** The string padded with spaces on the left to the given number of columns (never truncated). */
    public static String padLeft(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : " ".repeat(columns - w) + s;
    }

    /** The longest prefix of s that fits in the given columns, with "…" when cut. */
    public static String truncate(String s, int columns) {
        if (width(s) <= columns) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > columns - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /**
     * Wraps text to lines of at most `columns` display columns: breaks at spaces where possible, otherwise between
     * characters (a Hangul syllable is one code point, so a syllable is never split). Existing newlines are kept.
     */
    public static java.util.List<String> wrap(String text, int columns) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String para : text.split("\n", -1)) {
            wrapParagraph(para, Math.max(4, columns), lines);
        }
        return lines;
    }

    private static void wrapParagraph(String para, int columns, java.util.List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : para.split(" ", -1)) {
            int ww = width(word);
            if (lineWidth > 0 && lineWidth + 1 + ww > columns) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (lineWidth > 0) {
                line.append(' ');
                lineWidth++;
            }
            while (ww > columns) {
                String head = truncateExact(word, columns - lineWidth);
                line.append(head);
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                word = word.substring(head.length());
                ww = width(word);
            }
            line.append(word);
            lineWidth += ww;
        }
        lines.add(line.toString());
    }

    private static String truncateExact(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > columns) break;
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, Math.max(i, Character.charCount(s.codePointAt(0))));
    }
}
