package gradcards.render;

/** A base-10 log scale spanning whole decades, from 10^lo to 10^hi, shared by every bar of one chart. */
public record LogScale(int lo, int hi) {

    /** The smallest whole-decade scale holding every positive finite value (one decade when there are none). */
    public static LogScale spanning(Iterable<double[]> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double[] values : series) {
            for (double v : values) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max == 0) return new LogScale(-1, 0);
        int lo = (int) Math.floor(Math.log10(min));
        int hi = (int) Math.ceil(Math.log10(max));
        return new LogScale(lo, Math.max(hi, lo + 1));
    }

    /** Where v sits on the scale, from 0 (10^lo or less) to 1 (10^hi or more); 0 for zero and non-positive values. */
    public double fraction(double v) {
        if (!(v > 0)) return 0;
        if (v == Double.POSITIVE_INFINITY) return 1;
        double f = (Math.log10(v) - lo) / (hi - lo);
        return Math.max(0, Math.min(1, f));
    }

    /** The lower end as a label, e.g. "1e-07". */
    public String loLabel() {
        return label(lo);
    }

    /** The upper end as a label, e.g. "1e+00". */
    public String hiLabel() {
        return label(hi);
    }

    /** A decade as a label such as "1e-07" or "1e+02". */
    public static String label(int exponent) {
        return String.format(java.util.Locale.ROOT, "1e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
    }
}
