package gradcards.grade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short display of an expected number: plain for everyday magnitudes, scientific otherwise. */
final class NumberFormat {
    private static final int DIGITS = 4;

    private NumberFormat() {
    }

    /** 0.25 → "0.25", 9.5367e-7 → "9.537e-7", 1000 → "1000". */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            String s = String.format(Locale.ROOT, "%." + (DIGITS - 1) + "e", v);
            return s.replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS + 2));
        return d.stripTrailingZeros().toPlainString();
    }
}
