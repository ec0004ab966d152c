package gradcards.grade;

/**
 * Typo distances between folded answers: edit distance (Levenshtein with an adjacent swap counted as one edit)
 * over Hangul decomposed into jamo, so "드롭아웃" and "드롭아욷" are one edit apart.
 */
public final class Typos {
    private static final int SYLLABLE_FIRST = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;
    private static final int MEDIALS = 21;
    private static final int FINALS = 28;
    private static final char INITIAL_BASE = '\u1100';
    private static final char MEDIAL_BASE = '\u1161';
    private static final char FINAL_BASE = '\u11A7';
    /** Latin answers shorter than this get no typo tolerance ("relu" vs "elu" must stay apart). */
    static final int MIN_LATIN_LETTERS = 6;
    /** Korean answers shorter than this get no typo tolerance. */
    static final int MIN_SYLLABLES = 2;

    private Typos() {
    }

    /** Decomposes each Hangul syllable into its jamo: 0xAC00 + (initial×21 + medial)×28 + final. */
    public static String jamo(String s) {
        StringBuilder b = new StringBuilder(s.length() * 3);
        for (char c : s.toCharArray()) {
            if (!isSyllable(c)) {
                b.append(c);
                continue;
            }
            int i = c - SYLLABLE_FIRST;
            b.append((char) (INITIAL_BASE + i / (MEDIALS * FINALS)));
            b.append((char) (MEDIAL_BASE + i % (MEDIALS * FINALS) / FINALS));
            if (i % FINALS != 0) b.append((char) (FINAL_BASE + i % FINALS));
        }
        return b.toString();
    }

    /** Edit distance between two folded answers, measured on jamo for Hangul. */
    public static int distance(String a, String b) {
        return editDistance(jamo(a), jamo(b));
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) d[i][j] = cell(d, a, b, i, j);
        }
        return d[a.length()][b.length()];
    }

    private static int cell(int[][] d, String a, String b, int i, int j) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        boolean swap = i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
        return swap ? Math.min(best, d[i - 2][j - 2] + 1) : best;
    }

    /** Whether a folded accepted form is long enough to forgive a typo (≥ 6 Latin letters or ≥ 2 syllables). */
    public static boolean forgiving(String form) {
        long syllables = form.chars().filter(Typos::isSyllable).count();
        if (syllables > 0) return syllables >= MIN_SYLLABLES;
        return latin(form).length() >= MIN_LATIN_LETTERS;
    }

    /**
     * Whether an input may be a typo of an accepted form at all: a typo never changes a number ("l1" vs "l2"),
     * nor the Latin letters of a form with a short Latin word ("selu함수" is no typo of "relu함수").
     */
    public static boolean compatible(String input, String form) {
        if (!digits(input).equals(digits(form))) return false;
        String latin = latin(form);
        return latin.length() >= MIN_LATIN_LETTERS || latin.equals(latin(input));
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    private static String latin(String s) {
        return s.replaceAll("[^a-z]", "");
    }

    /** Whether a char is a precomposed Hangul syllable. */
    static boolean isSyllable(int c) {
        return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
    }
}
