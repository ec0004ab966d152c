package gradcards.grade;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text steps of the grading pipeline: Unicode NFC, full-width Latin and digits to ASCII (Hangul untouched),
 * trimming, and for comparison lower case (Locale.ROOT) with all spacing and separators removed.
 */
public final class AnswerNormalizer {
    private static final int FULLWIDTH_FIRST = 0xFF01;
    private static final int FULLWIDTH_LAST = 0xFF5E;
    private static final int FULLWIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    /** Separators that Unicode does not class as punctuation: Hangul araea (ㆍ), backtick, vertical bar, tilde. */
    private static final String EXTRA_SEPARATORS = "\u318D`|~\u00B4";

    private AnswerNormalizer() {
    }

    /** NFC, full-width ASCII forms mapped to ASCII, then trimmed: the form numbers and choices are read from. */
    public static String clean(String s) {
        if (s == null) return "";
        return halfWidth(Normalizer.normalize(s, Normalizer.Form.NFC)).strip();
    }

    /** The comparison key: clean, lower case, without whitespace or separators (idempotent). */
    public static String fold(String s) {
        String lower = clean(s).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(stripSeparators(lower), Normalizer.Form.NFC);
    }

    /** Maps full-width ASCII variants (Ａ, ３, （) and the ideographic space to ASCII; leaves all else alone. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) b.append((char) (c - FULLWIDTH_OFFSET));
            else b.append(c == IDEOGRAPHIC_SPACE ? ' ' : c);
        }
        return b.toString();
    }

    /** Removes whitespace, invisible format characters and punctuation of every kind. */
    static String stripSeparators(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isSeparator(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Whether a code point is ignored when answers are compared. */
    static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return true;
        if (EXTRA_SEPARATORS.indexOf(cp) >= 0) return true;
        switch (Character.getType(cp)) {
            case Character.FORMAT:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
