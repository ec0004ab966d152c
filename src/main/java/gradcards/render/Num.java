package gradcards.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats of the demo screens: fixed-width scientific for bars, short significant digits for metrics. */
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
}
