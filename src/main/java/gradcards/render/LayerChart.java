package gradcards.render;

import gradcards.demos.DemoLabels;
import gradcards.i18n.Lang;
import gradcards.i18n.Num;
import gradcards.trainer.LayerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-layer weight-gradient norms of the compared configurations side by side, one row per layer, as bars on
 * one shared log scale; configurations that do not fit the width go into a further block below.
 */
public final class LayerChart {
    static final int LABEL = 8;
    static final int NUMBER = 7;
    static final int GAP = 3;
    static final int MIN_BAR = 8;

    private final LogScale scale;
    private final Lang lang;
    private final Style style;
    private final int columns;
    private boolean skipped;
    private boolean nonFinite;
    private boolean belowScale;

    /** A chart for the given width, with the scale spanning every profile. */
    public LayerChart(List<LayerProfile> profiles, Lang lang, int columns, Style style) {
        List<double[]> norms = new ArrayList<>();
        profiles.forEach(p -> norms.add(p.weightGradNorms()));
        this.scale = LogScale.spanning(norms);
        this.lang = lang;
        this.style = style;
        this.columns = columns;
    }

    /** The mark of a row whose layers just above it are not shown. */
    public static final String SKIP = "⋮";
    /** The mark of a norm that is NaN or infinite (the network diverged). */
    public static final String NON_FINITE = "✕";
    /** The mark of a norm of 0 (or below), which a log scale cannot place. */
    public static final String BELOW = "◁";

    /** Whether the last render left layers out (rows marked ⋮). */
    public boolean skipped() {
        return skipped;
    }

    /** Whether the last render marked a NaN or infinite norm. */
    public boolean nonFinite() {
        return nonFinite;
    }

    /** Whether the last render marked a norm of 0, below the log scale. */
    public boolean belowScale() {
        return belowScale;
    }

    /** The shared log scale. */
    public LogScale scale() {
        return scale;
    }

    /** The chart lines (a header row and at most maxRows layer rows per block of configurations). */
    public List<String> render(List<LayerProfile> profiles, int maxRows) {
        skipped = false;
        nonFinite = false;
        belowScale = false;
        List<String> lines = new ArrayList<>();
        int perBlock = Math.max(1, (columns - 2 - LABEL) / (MIN_BAR + 1 + NUMBER + GAP));
        for (int from = 0; from < profiles.size(); from += perBlock) {
            List<LayerProfile> block = profiles.subList(from, Math.min(profiles.size(), from + perBlock));
            if (from > 0) lines.add("");
            lines.addAll(block(block, maxRows));
        }
        return lines;
    }

    private List<String> block(List<LayerProfile> block, int maxRows) {
        int cell = (columns - 2 - LABEL) / block.size();
        int bar = Math.min(40, cell - 1 - NUMBER - GAP);
        List<String> lines = new ArrayList<>();
        lines.add(header(block, cell));
        int depth = block.stream().mapToInt(p -> p.weightGradNorms().length).max().orElse(0);
        int previous = -1;
        for (int layer : shownLayers(depth, maxRows)) {
            boolean gap = layer > previous + 1;
            skipped |= gap;
            lines.add(row(block, layer, gap, bar, cell));
            previous = layer;
        }
        return lines;
    }

    private String header(List<LayerProfile> block, int cell) {
        StringBuilder b = new StringBuilder(" " + Cells.padRight(lang.t("층", "layer"), LABEL));
        for (LayerProfile p : block) {
            b.append(style.bold(Cells.padRight(Cells.truncate(DemoLabels.arm(p.label(), lang), cell - GAP), cell)));
        }
        return b.toString().stripTrailing();
    }

    /** A layer row; "⋮" before the number when the layers just above it are not shown. */
    private String row(List<LayerProfile> block, int layer, boolean gap, int bar, int cell) {
        String number = (gap ? style.dim(SKIP) : " ") + Cells.padLeft(String.valueOf(layer + 1), 3);
        StringBuilder b = new StringBuilder(" " + number + " ".repeat(LABEL - 4));
        for (LayerProfile p : block) {
            double[] norms = p.weightGradNorms();
            String text = layer < norms.length ? cell(norms[layer], bar) : " ".repeat(bar + 1 + NUMBER);
            b.append(text).append(" ".repeat(Math.max(0, cell - Cells.width(Style.strip(text)))));
        }
        return b.toString().stripTrailing();
    }

    private String cell(double norm, int bar) {
        if (!Double.isFinite(norm)) {
            nonFinite = true;
            return " ".repeat(bar - 1) + style.bad(NON_FINITE) + " " + Cells.padLeft(Num.sci(norm), NUMBER);
        }
        if (!(norm > 0)) {
            belowScale = true;
            return style.bad(BELOW) + " ".repeat(bar - 1) + " " + Cells.padLeft(Num.sci(norm), NUMBER);
        }
        return style.accent(Bars.eighths(scale.fraction(norm), bar)) + " " + Cells.padLeft(Num.sci(norm), NUMBER);
    }

    /** The layer indices to show: all when they fit, else evenly spaced ones always including the first and last. */
    static int[] shownLayers(int depth, int maxRows) {
        if (depth <= maxRows) return java.util.stream.IntStream.range(0, depth).toArray();
        int rows = Math.max(2, maxRows);
        return java.util.stream.IntStream.range(0, rows)
                .map(i -> (int) Math.round((double) i * (depth - 1) / (rows - 1)))
                .distinct().toArray();
    }
}
