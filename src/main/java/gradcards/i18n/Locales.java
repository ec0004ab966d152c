package gradcards.i18n;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The character set the locale variables ask for. The JVM derives its default charset from the C library, which
 * falls back to ASCII when the named locale is not installed (ko_KR.UTF-8 in a container, WSL): then every Hangul
 * syllable would print as '?'. The variables themselves are what the terminal was set up for, so they decide.
 */
public final class Locales {
    private Locales() {
    }

    /**
     * UTF-8 when the effective locale variable (the first set of LC_ALL, LC_CTYPE, LANG, as POSIX orders them)
     * names the UTF-8 codeset (UTF-8 or utf8, any case), else null (keep the platform's default).
     */
    public static Charset charset(String lcAll, String lcCtype, String lang) {
        String v = first(lcAll, lcCtype, lang);
        if (v == null) return null;
        int dot = v.indexOf('.');
        if (dot < 0) return null;
        String codeset = v.substring(dot + 1);
        int at = codeset.indexOf('@');
        if (at >= 0) codeset = codeset.substring(0, at);
        String c = codeset.toLowerCase(Locale.ROOT).replace("-", "");
        return c.equals("utf8") ? StandardCharsets.UTF_8 : null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isEmpty()) return v;
        return null;
    }
}
