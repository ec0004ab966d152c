package gradcards.render;

import gradcards.demos.DemoLabels;
import gradcards.demos.LossCurve;
import gradcards.i18n.Lang;
import gradcards.i18n.Num;
import java.util.ArrayList;
import java.util.List;

/** The loss curves of a run, one sparkline per configuration with its first and last loss, on one shared scale. */
public final class LossLines {
    private LossLines() {
    }

    /** The curves worth drawing: those with at least two steps. */
    public static List<LossCurve> drawable(List<LossCurve> curves) {
        return curves.stream().filter(c -> c.values().length >= 2).toList();
    }

    /** One line per drawable curve, fitting in `columns`; empty when no curve has two steps. */
    public static List<String> render(List<LossCurve> curves, Lang lang, int columns, Style style) {
        List<LossCurve> shown = drawable(curves);
        List<String> lines = new ArrayList<>();
        if (shown.isEmpty()) return lines;
        Sparkline.Scale scale = Sparkline.Scale.spanning(shown.stream().map(LossCurve::values).toList());
        int labelWidth = Math.min(22, shown.stream().mapToInt(c -> Cells.width(DemoLabels.arm(c.label(), lang))).max().orElse(0));
        List<String> tails = shown.stream().map(c -> tail(c.values(), lang)).toList();
        int tailWidth = tails.stream().mapToInt(Cells::width).max().orElse(0);
        String title = lang.t("손실", "loss") + (scale.log() ? lang.t("(로그)", " (log)") : "");
        int headWidth = Math.max(LayerChart.LABEL, Cells.width(title) + 1);
        int room = columns - 2 - headWidth - labelWidth - 4;
        int spark = Math.max(8, room - tailWidth);
        for (int i = 0; i < shown.size(); i++) {
            String head = " " + Cells.padRight(i == 0 ? title : "", headWidth);
            String label = Cells.padRight(Cells.truncate(DemoLabels.arm(shown.get(i).label(), lang), labelWidth), labelWidth);
            String line = Sparkline.render(shown.get(i).values(), spark, scale);
            String tail = Cells.truncate(tails.get(i), Math.max(1, room - Cells.width(line)));
            lines.add(head + label + "  " + paint(line, style) + "  " + tail);
        }
        return lines;
    }

    private static String paint(String line, Style style) {
        StringBuilder b = new StringBuilder();
        for (String piece : line.split("(?<=[✕▲])|(?=[✕▲])")) {
            b.append(piece.equals("✕") || piece.equals("▲") ? style.bad(piece) : style.accent(piece));
        }
        return b.toString();
    }

    /** "0.6931 → 0.419", or "0.6931 → diverged at step 37" when the loss became non-finite. */
    static String tail(double[] values, Lang lang) {
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                return Num.metric(values[0]) + " → " + lang.t(k + "단계에서 발산", "diverged at step " + k);
            }
        }
        return Num.metric(values[0]) + " → " + Num.metric(values[values.length - 1]);
    }
}
