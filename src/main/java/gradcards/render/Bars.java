package gradcards.render;

/** Horizontal bars drawn in eighths of a cell (▏▎▍▌▋▊▉█), and the two-tone bar of the progress line. */
public final class Bars {
    private static final String[] PARTIAL = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private Bars() {
    }

    /** A bar filling the given fraction of `width` cells, padded to exactly `width` columns; a positive fraction shows at least ▏. */
    public static String eighths(double fraction, int width) {
        double f = Math.max(0, Math.min(1, fraction));
        int n = (int) Math.round(f * width * 8);
        if (f > 0 && n == 0) n = 1;
        String bar = "█".repeat(n / 8) + PARTIAL[n % 8];
        int used = n / 8 + (n % 8 == 0 ? 0 : 1);
        return bar + " ".repeat(Math.max(0, width - used));
    }

    /** A progress bar of `width` cells: done cells as █, the rest as ░. */
    public static String progress(int done, int total, int width) {
        int full = total <= 0 ? width : (int) Math.min(width, (long) done * width / total);
        return "█".repeat(Math.max(0, full)) + "░".repeat(Math.max(0, width - full));
    }
}
