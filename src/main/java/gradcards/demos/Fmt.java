package gradcards.demos;

import java.util.Locale;

/** Number formatting for verdicts and headlines: "0.42", "67", "7.3e-7", "∞". */
public final class Fmt {
    private Fmt() {
    }

    /** Two significant digits, scientific outside [0.01, 1000). */
    public static String num(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        if (x == 0) return "0";
        double a = Math.abs(x);
        if (a >= 0.01 && a < 1000) return plain(x);
        String s = String.format(Locale.ROOT, "%.1e", x);
        return s.replace(".0e", "e").replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
    }

    private static String plain(double x) {
        double a = Math.abs(x);
        int decimals = a >= 100 ? 0 : a >= 10 ? 0 : a >= 1 ? 1 : a >= 0.1 ? 2 : 3;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A share as a percentage with no decimals, e.g. "48%". */
    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
