package gradcards.render;

import gradcards.demos.Demo;
import gradcards.demos.DemoRun;
import gradcards.demos.MultiSeed;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result screen of a demo, independent of any command line: title, per-layer gradient chart, loss sparklines,
 * metrics and the verdict, as lines that fit in the given number of columns.
 */
public final class DemoView {
    /** Layer rows shown per chart block at most: deeper nets show evenly spaced layers. */
    public static final int MAX_ROWS = 10;
    /** Layer rows kept even when the screen is short. */
    public static final int MIN_ROWS = 4;
    /** Lines the result may take by default: a 24-row terminal less the footer and the shell prompt. */
    public static final int HEIGHT = 22;

    private DemoView() {
    }

    /** Where the lines go: the learner's language, the width and height in cells, and the styling. */
    public record Frame(Lang lang, int columns, int height, Style style) {
    }

    /** The chart, metrics and verdict of one run of a catalogue demo, at most {@link #HEIGHT} lines when possible. */
    public static List<String> render(DemoRun run, Demo demo, Lang lang, int columns, Style style) {
        Frame f = new Frame(lang, columns, HEIGHT, style);
        return render(heading(demo), run, metricLines(run, columns), demo.verdict(run), f);
    }

    /** The chart of the first run, the median [min, max] of each metric over all runs, and the first run's verdict. */
    public static List<String> renderSeeds(List<DemoRun> runs, Demo demo, Lang lang, int columns, Style style) {
        DemoRun first = runs.get(0);
        Frame f = new Frame(lang, columns, HEIGHT, style);
        return render(heading(demo), first, spreadLines(MultiSeed.summarise(runs), columns), demo.verdict(first), f);
    }

    /**
     * The screen of any run: heading, chart, the given metric lines and an optional verdict. When it is taller than
     * the frame, the chart shows fewer (evenly spaced) layers, down to {@link #MIN_ROWS}.
     */
    public static List<String> render(Text heading, DemoRun run, List<String> metrics, Text verdict, Frame f) {
        List<String> lines = layout(heading, run, metrics, verdict, f, MAX_ROWS);
        for (int rows = MAX_ROWS - 1; lines.size() > f.height() && rows >= MIN_ROWS; rows--) {
            lines = layout(heading, run, metrics, verdict, f, rows);
        }
        return lines;
    }

    private static List<String> layout(Text heading, DemoRun run, List<String> metrics, Text verdict, Frame f,
                                       int rows) {
        List<String> lines = new ArrayList<>();
        Cells.wrap(heading.in(f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + f.style().bold(l)));
        lines.add(rule(f.columns(), f.style()));
        LayerChart chart = new LayerChart(run.profiles(), f.lang(), f.columns(), f.style());
        Cells.wrap(caption(chart.scale(), f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + f.style().dim(l)));
        lines.addAll(chart.render(run.profiles(), rows));
        lines.add(rule(f.columns(), f.style()));
        lines.addAll(LossLines.render(run.curves(), f.lang(), f.columns(), f.style()));
        lines.addAll(metrics);
        if (verdict != null) {
            lines.add(rule(f.columns(), f.style()));
            Cells.wrap(verdict.in(f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + l));
        }
        return lines;
    }

    /** "D02 · title" in both languages. */
    public static Text heading(Demo demo) {
        return Text.of(demo.id() + " · " + demo.title().ko(), demo.id() + " · " + demo.title().en());
    }

    private static String caption(LogScale scale, Lang lang) {
        String range = scale.loLabel() + " … " + scale.hiLabel();
        return lang.t("층별 가중치 기울기 ‖∂L/∂W‖, 로그 눈금 " + range,
                "per-layer weight gradient ‖∂L/∂W‖, log scale " + range);
    }

    /** A horizontal rule one column short of the width. */
    public static String rule(int columns, Style style) {
        return " " + style.dim("─".repeat(Math.max(1, columns - 2)));
    }

    /** The metrics of one run as "name value" items flowed into lines of at most `columns`. */
    public static List<String> metricLines(DemoRun run, int columns) {
        List<String> items = new ArrayList<>();
        run.metrics().forEach((name, v) -> items.add(name + " " + Num.metric(v == null ? Double.NaN : v)));
        return flow(items, columns);
    }

    /** One line per metric: its name, then median [min, max] over the seeds, the medians aligned. */
    public static List<String> spreadLines(Map<String, MultiSeed.Summary> summaries, int columns) {
        int nameWidth = summaries.keySet().stream().mapToInt(Cells::width).max().orElse(0);
        int medianWidth = summaries.values().stream().mapToInt(s -> Num.metric(s.median()).length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        summaries.forEach((name, s) -> {
            String value = Cells.padRight(Num.metric(s.median()), medianWidth)
                    + "  [" + Num.metric(s.min()) + ", " + Num.metric(s.max()) + "]";
            lines.add(Cells.truncate(" " + Cells.padRight(name, nameWidth) + "  " + value, columns - 1));
        });
        return lines;
    }

    /**
     * "seed 0 · 9 ms · --seeds 10 for the spread · --svg FILE for a picture" (the seeds hint only when offered);
     * hints that do not fit in the width are left out.
     */
    public static String footer(DemoRun run, boolean seedsHint, Frame f) {
        Lang lang = f.lang();
        List<String> parts = new ArrayList<>(List.of(lang.t("시드 ", "seed ") + run.seed(), Num.duration(run.trainerNanos())));
        if (seedsHint) parts.add(lang.t("--seeds 10 으로 시드별 분포", "--seeds 10 for the spread"));
        parts.add(lang.t("--svg FILE 로 그림 저장", "--svg FILE for a picture"));
        while (parts.size() > 2 && Cells.width(String.join(" · ", parts)) > f.columns() - 2) {
            parts.remove(parts.size() - 1);
        }
        return " " + f.style().dim(String.join(" · ", parts));
    }

    /** "seeds 0–9 · 83 ms in total · chart and verdict: seed 0". */
    public static String seedsFooter(List<DemoRun> runs, Lang lang, Style style) {
        long nanos = runs.stream().mapToLong(DemoRun::trainerNanos).sum();
        String seeds = runs.get(0).seed() + (runs.size() > 1 ? "–" + runs.get(runs.size() - 1).seed() : "");
        String first = String.valueOf(runs.get(0).seed());
        return " " + style.dim(lang.t("시드 " + seeds + " · 합계 " + Num.duration(nanos) + " · 그래프와 판정: 시드 " + first,
                "seeds " + seeds + " · " + Num.duration(nanos) + " in total · chart and verdict: seed " + first));
    }

    private static List<String> flow(List<String> items, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            if (line.length() > 0 && Cells.width(line + "   " + item) > columns - 1) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? " " : "   ").append(Cells.truncate(item, columns - 2));
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
