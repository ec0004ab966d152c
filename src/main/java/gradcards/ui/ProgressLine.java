package gradcards.ui;

import gradcards.demos.Progress;
import gradcards.i18n.Lang;
import gradcards.i18n.Num;
import gradcards.render.Bars;
import gradcards.render.Cells;
import java.io.PrintWriter;

/**
 * The one-line progress bar drawn in place on a terminal while a demo trains: configuration, bar, step count and
 * current loss. It redraws only when the shown bar or label changes, and clear() erases it before the result.
 */
public final class ProgressLine implements Progress {
    private static final int BAR = 20;

    private final PrintWriter out;
    private final Lang lang;
    private final int columns;
    private String shown = "";
    private String lastKey = "";

    /** A progress line writing to out, at most `columns` wide. */
    public ProgressLine(PrintWriter out, Lang lang, int columns) {
        this.out = out;
        this.lang = lang;
        this.columns = columns;
    }

    @Override
    public void update(String label, int step, int totalSteps, double loss) {
        String key = label + "/" + (totalSteps <= 0 ? 0 : (long) step * 100 / totalSteps);
        if (key.equals(lastKey)) return;
        lastKey = key;
        shown = line(label, step, totalSteps, loss, lang, columns);
        out.print("\r\u001b[K" + shown);
        out.flush();
    }

    /** The same line for work that has no loss: label, bar and step count (a benchmark's stages). */
    public void update(String label, int step, int totalSteps) {
        update(label, step, totalSteps, Double.NaN);
    }

    /** A count without a loss, e.g. " seed 3/5  ██████░░░░  3/5" while seeds or demos are worked through. */
    public void count(String label, int done, int total) {
        update(label, done, total);
    }

    /** Erases the progress line if one is shown. */
    public void clear() {
        if (shown.isEmpty()) return;
        out.print("\r\u001b[K");
        out.flush();
        shown = "";
    }

    /** The text of the line, e.g. " bn  ████████░░░░░░░░░░░░  60/150  loss 0.5312". */
    static String line(String label, int step, int totalSteps, double loss, Lang lang, int columns) {
        String text = " " + Cells.truncate(label, 32) + "  " + Bars.progress(step, totalSteps, BAR) + "  "
                + step + "/" + totalSteps + (Double.isNaN(loss) ? "" : "  " + lang.t("손실 ", "loss ") + Num.metric(loss));
        return Cells.truncate(text, columns - 1);
    }
}
