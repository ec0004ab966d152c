package gradcards.render;

import gradcards.demos.DemoRun;
import gradcards.demos.LossCurve;
import gradcards.i18n.Lang;
import gradcards.i18n.Num;
import gradcards.i18n.Text;
import gradcards.trainer.LayerProfile;
import java.util.List;
import java.util.Locale;

/**
 * The demo chart as a standalone SVG picture: one panel per configuration with a log-scale bar of ‖∂L/∂W‖ per
 * layer (input layer on top), then the loss curves of all configurations on one plot, a legend and the verdict.
 */
public final class DemoSvg {
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
    private static final int WIDTH = 880;
    private static final int LEFT = 50;
    private static final int GAP = 30;
    private static final int TOP = 70;
    private static final int LOSS_HEIGHT = 180;
    private static final int NUMBER_ROOM = 52;

    private DemoSvg() {
    }

    /** The SVG document of one run, with its heading and optional verdict in the given language. */
    public static String render(Text heading, DemoRun run, Text verdict, Lang lang) {
        int depth = run.profiles().stream().mapToInt(p -> p.weightGradNorms().length).max().orElse(0);
        double rowHeight = Math.max(8, Math.min(20, 400.0 / Math.max(1, depth)));
        double barsBottom = TOP + depth * rowHeight;
        List<LossCurve> curves = LossLines.drawable(run.curves());
        double lossTop = barsBottom + 50;
        double bottom = curves.isEmpty() ? barsBottom + 40 : lossTop + LOSS_HEIGHT + 55;
        List<String> verdictLines = verdict == null ? List.of() : gradcards.render.Cells.wrap(verdict.in(lang), 120);
        Svg svg = new Svg(WIDTH, (int) bottom + 30 + 15 * verdictLines.size());
        svg.text(LEFT, 24, heading.in(lang), "font-size=\"16\" font-weight=\"bold\"");
        svg.text(LEFT, 44, lang.t("층별 가중치 기울기 ‖∂L/∂W‖ (로그 눈금), 1층 = 입력 쪽",
                "per-layer weight gradient ‖∂L/∂W‖ (log scale), layer 1 = input side"), "fill=\"#555\"");
        bars(svg, run.profiles(), rowHeight, depth, lang);
        if (!curves.isEmpty()) losses(svg, curves, lossTop, lang);
        footer(svg, run, verdictLines, bottom, lang);
        return svg.document(heading.in(lang));
    }

    private static void bars(Svg svg, List<LayerProfile> profiles, double rowHeight, int depth, Lang lang) {
        int n = Math.max(1, profiles.size());
        double panel = (WIDTH - LEFT - 20 - (n - 1) * GAP) / (double) n;
        LogScale scale = LogScale.spanning(profiles.stream().map(LayerProfile::weightGradNorms).toList());
        for (int l = 0; l < depth; l++) {
            svg.text(LEFT - 8, TOP + (l + 0.8) * rowHeight, String.valueOf(l + 1), "text-anchor=\"end\" font-size=\"10\"");
        }
        svg.text(LEFT - 8, TOP - 8, lang.t("층", "layer"), "text-anchor=\"end\" font-size=\"10\"");
        for (int i = 0; i < profiles.size(); i++) {
            double x = LEFT + i * (panel + GAP);
            svg.text(x, TOP - 8, gradcards.demos.DemoLabels.arm(profiles.get(i).label(), lang), "font-weight=\"bold\" fill=\"" + colour(i) + "\"");
            axis(svg, scale, x, panel - NUMBER_ROOM, TOP + depth * rowHeight);
            panelBars(svg, profiles.get(i).weightGradNorms(), scale, x, panel, rowHeight, colour(i));
        }
    }

    private static void axis(Svg svg, LogScale scale, double x, double panel, double bottom) {
        int decades = scale.hi() - scale.lo();
        int every = Math.max(1, (int) Math.ceil(decades / Math.max(1, panel / 48)));
        for (int e = scale.lo(); e <= scale.hi(); e++) {
            double gx = x + panel * (e - scale.lo()) / decades;
            svg.line(gx, TOP - 2, gx, bottom, "#e0e0e0");
            if ((e - scale.lo()) % every == 0) {
                svg.text(gx, bottom + 14, LogScale.label(e), "text-anchor=\"middle\" font-size=\"9\" fill=\"#555\"");
            }
        }
    }

    private static void panelBars(Svg svg, double[] norms, LogScale scale, double x, double panel, double rowHeight,
                                  String colour) {
        for (int l = 0; l < norms.length; l++) {
            double y = TOP + l * rowHeight;
            if (!Double.isFinite(norms[l])) {
                svg.text(x + panel - 4, y + rowHeight * 0.8, "✕ " + Num.sci(norms[l]), "text-anchor=\"end\" fill=\"#d62728\"");
                continue;
            }
            double bar = scale.fraction(norms[l]) * (panel - NUMBER_ROOM);
            svg.rect(x, y + 1, Math.max(norms[l] > 0 ? 1 : 0, bar), rowHeight - 2, colour);
            svg.text(x + panel, y + rowHeight * 0.8, Num.sci(norms[l]), "text-anchor=\"end\" font-size=\"9\" fill=\"#333\"");
        }
    }

    private static void losses(Svg svg, List<LossCurve> curves, double top, Lang lang) {
        Sparkline.Scale scale = Sparkline.Scale.spanning(curves.stream().map(LossCurve::values).toList());
        double w = WIDTH - LEFT - 20;
        svg.text(LEFT, top - 10, lang.t("손실", "loss") + (scale.log() ? lang.t(" (로그 눈금)", " (log scale)") : ""),
                "font-weight=\"bold\"");
        svg.line(LEFT, top + LOSS_HEIGHT, LEFT + w, top + LOSS_HEIGHT, "#999").line(LEFT, top, LEFT, top + LOSS_HEIGHT, "#999");
        svg.text(LEFT - 4, top + 8, Num.metric(scale.log() ? Math.pow(10, scale.hi()) : scale.hi()), "text-anchor=\"end\" font-size=\"9\"");
        svg.text(LEFT - 4, top + LOSS_HEIGHT, Num.metric(scale.log() ? Math.pow(10, scale.lo()) : scale.lo()), "text-anchor=\"end\" font-size=\"9\"");
        for (int i = 0; i < curves.size(); i++) {
            curve(svg, curves.get(i).values(), scale, top, w, colour(i), lang);
            svg.rect(LEFT + 10 + i * 150, top + LOSS_HEIGHT + 20, 10, 10, colour(i));
            svg.text(LEFT + 24 + i * 150, top + LOSS_HEIGHT + 29, gradcards.demos.DemoLabels.arm(curves.get(i).label(), lang), "");
        }
    }

    private static void curve(Svg svg, double[] values, Sparkline.Scale scale, double top, double w, String colour,
                              Lang lang) {
        StringBuilder points = new StringBuilder();
        boolean offScale = false;
        for (int k = 0; k < values.length; k++) {
            double x = LEFT + w * k / Math.max(1, values.length - 1);
            if (!Double.isFinite(values[k])) {
                svg.text(x, top + 12, "✕ " + lang.t("발산", "diverged"), "fill=\"#d62728\" font-size=\"10\"");
                break;
            }
            if (scale.above(values[k]) && !offScale) {
                svg.text(x, top + 10, "▲ " + lang.t("눈금 위", "off scale"), "fill=\"#d62728\" font-size=\"10\"");
                offScale = true;
            }
            double y = top + LOSS_HEIGHT * (1 - position(values[k], scale));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        if (points.length() > 0) svg.polyline(points, colour);
    }

    private static double position(double v, Sparkline.Scale scale) {
        double x = scale.log() ? Math.log10(v) : v;
        return scale.hi() > scale.lo() ? Math.min(1, (x - scale.lo()) / (scale.hi() - scale.lo())) : 0.5;
    }

    private static void footer(Svg svg, DemoRun run, List<String> verdict, double y, Lang lang) {
        for (int i = 0; i < verdict.size(); i++) svg.text(LEFT, y + 15 * i, verdict.get(i), "font-size=\"11\"");
        svg.text(LEFT, y + 15 * verdict.size() + 5, lang.t("시드 ", "seed ") + run.seed() + " · " + Num.duration(run.trainerNanos())
                + " · gradcards", "font-size=\"10\" fill=\"#777\"");
    }

    private static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }
}
