package gradcards.i18n;

/**
 * Numbers with their nouns, and Korean particles after a word: the one place that says "1 card" but "2 cards" in
 * English (Korean nouns have no plural: "카드 1장", "카드 2장"), and "'3'은" but "'2'는" in Korean.
 */
public final class Counted {
    private Counted() {
    }

    /** "1 card", "0 cards", "2 cards", "1000 cards": a regular English plural (+s, y → ies, +es). */
    public static String en(long n, String singular) {
        return en(n, singular, plural(singular));
    }

    /** "1 child", "2 children": the number and the English noun in the form it takes. */
    public static String en(long n, String singular, String plural) {
        return n + " " + noun(n, singular, plural);
    }

    /** The noun alone in the form the number asks for: singular for exactly 1 (and −1), else the plural. */
    public static String noun(long n, String singular, String plural) {
        return Math.abs(n) == 1 ? singular : plural;
    }

    /** The noun alone in the form the number asks for, with the regular plural. */
    public static String noun(long n, String singular) {
        return noun(n, singular, plural(singular));
    }

    /** The regular English plural: card → cards, entry → entries, box → boxes, match → matches. */
    static String plural(String singular) {
        String s = singular;
        if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
            return s.substring(0, s.length() - 1) + "ies";
        }
        if (s.endsWith("s") || s.endsWith("x") || s.endsWith("z") || s.endsWith("ch") || s.endsWith("sh")) return s + "es";
        return s + "s";
    }

    /** A Korean particle in its two forms: after a final consonant (batchim) and after a vowel. */
    public enum Particle {
        /** 은/는 (topic). */
        TOPIC("은", "는"),
        /** 이/가 (subject). */
        SUBJECT("이", "가"),
        /** 을/를 (object). */
        OBJECT("을", "를"),
        /** 과/와 (and, with). */
        AND("과", "와");

        private final String afterConsonant;
        private final String afterVowel;

        Particle(String afterConsonant, String afterVowel) {
            this.afterConsonant = afterConsonant;
            this.afterVowel = afterVowel;
        }

        /** The word followed by this particle in the form its last sound asks for ("'3'은", "'2'는", "카드를"). */
        public String after(String word) {
            return word + form(word);
        }

        /** The particle alone for the word: read from its last Hangul syllable, digit or Latin letter as spoken in
         * Korean; after anything else (a symbol, an empty word) the neutral "은(는)". */
        public String form(String word) {
            Boolean batchim = endsInConsonant(word);
            if (batchim == null) return afterConsonant + "(" + afterVowel + ")";
            return batchim ? afterConsonant : afterVowel;
        }
    }

    /** Digits as read in Korean (영 일 이 삼 사 오 육 칠 팔 구): whether each ends in a consonant. */
    private static final boolean[] DIGIT_BATCHIM = {true, true, false, true, false, false, true, true, true, false};
    /** Latin letters as spoken in Korean (에이 비 씨 … 엘 엠 엔 … 알 …): the ones that end in a consonant. */
    private static final String LETTERS_WITH_BATCHIM = "lmnr";

    /**
     * Whether the word's last sound is a consonant (has a batchim). A number is read by its last digit, and a trailing
     * zero by its place (십, 백, 천, 만 all end in a consonant, as does 영). Closing quotes, brackets and spaces are
     * looked past; null when it cannot be told (a symbol, a Latin word of several letters, nothing).
     */
    static Boolean endsInConsonant(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') return (c - '\uAC00') % 28 != 0;
            if (c >= '\u3131' && c <= '\u314E') return true; // a lone consonant jamo (ㄱ … ㅎ) is read as its name
            if (c >= '\u314F' && c <= '\u3163') return false; // a lone vowel jamo (ㅏ … ㅣ)
            if (c >= '0' && c <= '9') return DIGIT_BATCHIM[c - '0'];
            if (c >= '０' && c <= '９') return DIGIT_BATCHIM[c - '０'];
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                // one letter is read by its name (엘, 엠, 엔, 알 end in a consonant); a longer Latin word could be
                // read either way ("relu", "quit"), so its particle stays neutral
                boolean alone = i == 0 || !Character.isLetter(word.charAt(i - 1));
                return alone ? LETTERS_WITH_BATCHIM.indexOf(lower) >= 0 : null;
            }
            if ("'\"’”)]}>».· ".indexOf(c) >= 0) continue;
            return null;
        }
        return null;
    }
}
