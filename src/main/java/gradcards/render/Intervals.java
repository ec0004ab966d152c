package gradcards.render;

import gradcards.i18n.Lang;
import java.time.Duration;
import java.util.Locale;

/** Short interval labels as Anki shows them on the answer buttons: 10m, 3h, 8d, 3.2mo, 1.1y (10분, 3시간, 8일 …). */
public final class Intervals {
    private Intervals() {
    }

    /** The label of a duration in the given language. */
    public static String format(Duration d, Lang lang) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) return s + lang.t("초", "s");
        if (s < 3600) return Math.round(s / 60.0) + lang.t("분", "m");
        if (s < 86400) return Math.round(s / 3600.0) + lang.t("시간", "h");
        double days = s / 86400.0;
        if (days < 30) return Math.round(days) + lang.t("일", "d");
        if (days < 365) return one(days / 30.4) + lang.t("개월", "mo");
        return one(days / 365.25) + lang.t("년", "y");
    }

    private static String one(double x) {
        String v = String.format(Locale.ROOT, "%.1f", x);
        return v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
    }
}
