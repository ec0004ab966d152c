package gradcards.i18n;

import java.util.Locale;

/** The learner's language: every user-facing string exists in Korean and in English. */
public enum Lang {
    KO, EN;

    /** Picks the string of this language from a Korean/English pair. */
    public String t(String ko, String en) {
        return this == KO ? ko : en;
    }

    /** The stable code used in options, JSON and the database ("ko", "en"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "ko" or "en" (any case); null when it is neither. */
    public static Lang parse(String s) {
        if (s == null) return null;
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "ko": return KO;
            case "en": return EN;
            default: return null;
        }
    }

    /** The default from the locale variables: Korean when LANG (or LC_ALL) starts with "ko". */
    public static Lang fromLocaleEnv(String lcAll, String lang) {
        String v = lcAll != null && !lcAll.isBlank() ? lcAll : lang;
        return v != null && v.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN;
    }
}
