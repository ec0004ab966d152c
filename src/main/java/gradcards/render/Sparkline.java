package gradcards.render;

/**
 * Loss curves as one-line sparklines (▁▂▃▄▅▆▇█); a stretch holding a non-finite loss is drawn as ✕, one above the
 * capped scale as ▲, so that no point vanishes silently.
 */
public final class Sparkline {
    private static final char[] LEVELS = "▁▂▃▄▅▆▇█".toCharArray();
    /** The mark of a stretch above the (capped) scale: it cannot be drawn to size. */
    public static final char ABOVE = '▲';

    private Sparkline() {
    }

    /** The curve squeezed or kept to at most `width` cells, each the mean of its stretch, placed on the given scale. */
    public static String render(double[] values, int width, Scale scale) {
        int cells = Math.min(width, values.length);
        StringBuilder b = new StringBuilder(cells);
        for (int c = 0; c < cells; c++) {
            int from = (int) ((long) c * values.length / cells);
            int to = (int) ((long) (c + 1) * values.length / cells);
            double mean = mean(values, from, to);
            b.append(!Double.isFinite(mean) ? '✕' : scale.above(mean) ? ABOVE : LEVELS[scale.level(mean, LEVELS.length)]);
        }
        return b.toString();
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += values[i];
        return sum / Math.max(1, to - from);
    }

    /** A vertical scale shared by the curves of one chart: linear, or logarithmic when the finite values span > 30×. */
    public record Scale(double lo, double hi, boolean log) {

        /**
         * The scale spanning the finite values of all the curves, capped at 100 × the largest starting loss so that
         * a diverging curve does not flatten the others (values above the cap are drawn at the top).
         */
        public static Scale spanning(Iterable<double[]> curves) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double cap = cap(curves);
            for (double[] values : curves) {
                for (double v : values) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, Math.min(v, cap));
                    }
                }
            }
            if (lo > hi) return new Scale(0, 1, false);
            boolean log = lo > 0 && hi / lo > 30;
            return log ? new Scale(Math.log10(lo), Math.log10(hi), true) : new Scale(lo, hi, false);
        }

        private static double cap(Iterable<double[]> curves) {
            double start = 0;
            for (double[] values : curves) {
                if (values.length > 0 && Double.isFinite(values[0])) start = Math.max(start, Math.abs(values[0]));
            }
            return start > 0 ? 100 * start : Double.POSITIVE_INFINITY;
        }

        /** Whether a finite value lies above the top of the scale (past the cap), so no level can show it. */
        public boolean above(double v) {
            double x = log ? Math.log10(v) : v;
            return x > hi + 1e-9 * Math.max(1, Math.abs(hi));
        }

        /** The level 0..levels-1 of a finite value; the middle level when the scale is flat. */
        public int level(double v, int levels) {
            double x = log ? Math.log10(v) : v;
            if (!(hi > lo)) return levels / 2;
            double f = (x - lo) / (hi - lo);
            return (int) Math.max(0, Math.min(levels - 1, Math.floor(f * levels)));
        }
    }
}
