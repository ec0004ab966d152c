package gradcards.i18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How gradcards writes numbers, in one place: fixed-width scientific for bars, short significant digits for metrics,
 * two significant digits for verdicts and headlines, percentages, durations; a non-finite value is always "inf",
 * "-inf" or "nan" (the spelling of the JSON output too).
 */
public final class Num {
    private Num() {
    }

    /** The value as "1.6e-07" (always 7 columns for finite values), or "inf", "-inf", "nan". */
    public static String sci(double v) {
        if (!Double.isFinite(v)) return nonFinite(v);
        return String.format(Locale.ROOT, "%.1e", v);
    }

    /** The value with 4 significant digits: plain between 1e-3 and 1e5 ("0.2376", "1613"), else "7.28e-07". */
    public static String metric(double v) {
        if (!Double.isFinite(v)) return nonFinite(v);
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e5) return String.format(Locale.ROOT, "%.2e", v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** "inf", "-inf" or "nan" for a non-finite value (the spelling of the JSON output too). */
    public static String nonFinite(double v) {
        if (Double.isNaN(v)) return "nan";
        return v > 0 ? "inf" : "-inf";
    }

    /** A duration in nanoseconds as "9 ms" or "12.3 s". */
    public static String duration(long nanos) {
        long ms = Math.round(nanos / 1e6);
        if (ms < 10_000) return ms + " ms";
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Two significant digits, scientific outside [0.01, 1000): "0.42", "67", "7.3e-7" (verdicts and headlines). */
    public static String brief(double x) {
        if (!Double.isFinite(x)) return nonFinite(x);
        if (x == 0) return "0";
        double a = Math.abs(x);
        if (a >= 0.01 && a < 1000) return plain(x);
        String s = String.format(Locale.ROOT, "%.1e", x);
        return s.replace(".0e", "e").replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
    }

    private static String plain(double x) {
        double a = Math.abs(x);
        int decimals = a >= 10 ? 0 : a >= 1 ? 1 : a >= 0.1 ? 2 : 3;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A share as a percentage with no decimals, e.g. "48%". */
    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
