package gradcards.render;

import gradcards.content.Measurements;
import gradcards.demos.DemoLabels;
import gradcards.demos.Demo;
import gradcards.demos.DemoRun;
import gradcards.demos.MultiSeed;
import gradcards.i18n.Lang;
import gradcards.i18n.Num;
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
        return render(heading(demo), run, Metrics.of(metricLines(run, columns, lang), run), demo.verdict(run), f);
    }

    /**
     * The screen of `d` and of `demo run ID`: the chart, curves and verdict of seed 0 measured now, and per metric the
     * committed 10-seed median [min, max] (the numbers the cards quote) beside seed 0's value, with a footer saying
     * which is which; at most {@link #HEIGHT} + 1 lines when it can be made to fit.
     */
    public static List<String> renderMeasured(DemoRun seed0, Demo demo, Measurements m, Lang lang, int columns,
                                              Style style) {
        return screen(heading(demo), List.of(seed0), demo.verdict(seed0), true, m, new Frame(lang, columns, HEIGHT + 1, style));
    }

    /** The chart of the first run, the median [min, max] of each metric over all runs, and the first run's verdict. */
    public static List<String> renderSeeds(List<DemoRun> runs, Demo demo, Lang lang, int columns, Style style) {
        DemoRun first = runs.get(0);
        Frame f = new Frame(lang, columns, HEIGHT, style);
        return render(heading(demo), first, spreadMetrics(runs, f), demo.verdict(first), f);
    }

    /**
     * The whole result screen of `demo run`, `d` and `demo custom`, footer included, in at most f.height() lines when
     * it can be made to fit: the chart of the first run; its metrics beside the measured 10-seed median [min, max]
     * (one catalogue run with measurements), its metrics alone (one run) or each metric's median [min, max] (several
     * seeds); the verdict and the footer.
     */
    public static List<String> screen(Text heading, List<DemoRun> runs, Text verdict, boolean seedsHint,
                                      Measurements measured, Frame f) {
        DemoRun first = runs.get(0);
        boolean one = runs.size() == 1;
        List<String> footer;
        Metrics metrics;
        if (one && measured.demos().containsKey(first.demo())) {
            footer = measuredFooter(first, measured, f);
            metrics = measuredMetrics(first, measured, f);
        } else if (one) {
            footer = List.of(footer(first, seedsHint, f));
            metrics = Metrics.of(metricLines(first, f.columns(), f.lang()), first);
        } else {
            footer = List.of(seedsFooter(runs, f.lang(), f.style()));
            metrics = spreadMetrics(runs, f);
        }
        Frame body = new Frame(f.lang(), f.columns(), Math.max(1, f.height() - footer.size()), f.style());
        List<String> lines = new ArrayList<>(render(heading, first, metrics, verdict, body));
        lines.addAll(footer);
        return lines;
    }

    /**
     * The metric lines of a screen: one metric per row, and optionally a compact form (two metrics per row, fewer
     * columns) used when the screen would not fit otherwise; legend: whether the ratio legend belongs under them.
     */
    public record Metrics(List<String> rows, List<String> paired, List<String> compact, boolean legend) {
        static Metrics of(List<String> rows, DemoRun run) {
            return new Metrics(rows, rows, rows, ratios(run));
        }

        /** paired: every column kept, two metrics a line where both fit; compact: fewer columns, two a line. */
        Metrics(List<String> rows, List<String> compact, boolean legend) {
            this(rows, compact, compact, legend);
        }

        List<String> at(int level) {
            return level == 0 ? rows : level == 1 ? paired : compact;
        }
    }

    /** Whether the run reports gradient ratios, which the legend explains. */
    static boolean ratios(DemoRun run) {
        return run.metrics().keySet().stream().anyMatch(k -> k.contains("ratio") || k.contains("/h5"));
    }

    /** How much a screen is squeezed: layer rows shown, rule after the chart, metrics level (0 rows, 1 paired,
     * 2 compact), legend. */
    private record Fit(int rows, boolean rule, int compact, boolean legend) {
    }

    /** From roomiest to tightest: fewer layer rows, no rule under the chart, two metrics a row, no legend. */
    private static List<Fit> fits() {
        List<Fit> fits = new ArrayList<>();
        fits.add(new Fit(MAX_ROWS, true, 0, true));
        for (int rows = MAX_ROWS; rows >= 3; rows--) fits.add(new Fit(rows, false, 0, true));
        for (int rows = MIN_ROWS; rows >= 2; rows--) fits.add(new Fit(rows, false, 1, true));
        for (int rows = MIN_ROWS; rows >= 2; rows--) fits.add(new Fit(rows, false, 2, true));
        fits.add(new Fit(2, false, 2, false));
        return fits;
    }

    /**
     * The screen of any run: heading, chart, the given metric lines and an optional verdict. When it is taller than
     * the frame it is squeezed step by step (see {@link #fits()}); the verdict is never dropped.
     */
    public static List<String> render(Text heading, DemoRun run, Metrics metrics, Text verdict, Frame f) {
        List<String> lines = null;
        for (Fit fit : fits()) {
            lines = layout(heading, run, metrics, verdict, f, fit);
            // the paired metrics (every column kept, two a line) are taken only with a row to spare: a screen of
            // exactly the frame's height scrolls in a full-screen view, whose last row is the prompt
            if (lines.size() <= f.height() - (fit.compact() == 1 ? 1 : 0)) return lines;
        }
        return lines;
    }

    /** The screen of any run with its metrics as plain lines (kept for callers with ready lines). */
    public static List<String> render(Text heading, DemoRun run, List<String> metrics, Text verdict, Frame f) {
        return render(heading, run, Metrics.of(metrics, run), verdict, f);
    }

    private static List<String> layout(Text heading, DemoRun run, Metrics metrics, Text verdict, Frame f, Fit fit) {
        List<String> lines = new ArrayList<>();
        Cells.wrap(heading.in(f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + f.style().bold(l)));
        lines.add(rule(f.columns(), f.style()));
        LayerChart chart = new LayerChart(run.profiles(), f.lang(), f.columns(), f.style());
        List<String> rows = chart.render(run.profiles(), fit.rows());
        if (!run.profiles().isEmpty()) {
            Cells.wrap(caption(chart, f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + f.style().dim(l)));
            lines.addAll(rows);
            if (fit.rule()) lines.add(rule(f.columns(), f.style()));
        }
        List<String> losses = LossLines.render(run.curves(), f.lang(), f.columns(), f.style());
        lines.addAll(losses);
        String marks = marks(chart, losses, f.lang());
        if (!marks.isEmpty()) Cells.wrap(marks, f.columns() - 2).forEach(l -> lines.add(" " + f.style().dim(l)));
        lines.addAll(metrics.at(fit.compact()));
        if (fit.legend() && metrics.legend()) {
            Cells.wrap(legend(f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + f.style().dim(l)));
        }
        if (verdict != null) {
            lines.add(rule(f.columns(), f.style()));
            // a warning (a diverged run) stands out; colour adds, the ⚠ and the words carry it
            boolean warning = verdict.in(f.lang()).startsWith("⚠");
            Cells.wrap(verdict.in(f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + (warning ? f.style().bad(l) : l)));
        }
        return lines;
    }

    /** What the marks on the chart and the curves mean, naming only the marks that appear; empty when none does. */
    static String marks(LayerChart chart, List<String> losses, Lang lang) {
        String curves = Style.strip(String.join("\n", losses));
        List<String> notes = new ArrayList<>();
        if (chart.nonFinite() || curves.contains(LayerChart.NON_FINITE)) {
            notes.add(lang.t(LayerChart.NON_FINITE + " nan/inf: 발산", LayerChart.NON_FINITE + " nan/inf: diverged"));
        }
        if (curves.contains(String.valueOf(Sparkline.ABOVE))) {
            notes.add(lang.t(Sparkline.ABOVE + " 첫 손실의 100배 넘음", Sparkline.ABOVE + " above 100× the first loss"));
        }
        if (chart.belowScale()) {
            notes.add(lang.t(LayerChart.BELOW + " 0: 로그 눈금 아래", LayerChart.BELOW + " 0: below the log scale"));
        }
        return String.join(" · ", notes);
    }

    /** "D02 · title" in both languages. */
    public static Text heading(Demo demo) {
        return Text.of(demo.id() + " · " + demo.title().ko(), demo.id() + " · " + demo.title().en());
    }

    private static String caption(LayerChart chart, Lang lang) {
        String range = chart.scale().loLabel() + " … " + chart.scale().hiLabel();
        String skipped = chart.skipped() ? lang.t(" · " + LayerChart.SKIP + " 사이 층 생략", " · " + LayerChart.SKIP + " skipped layers") : "";
        return lang.t("층별 가중치 기울기 ‖∂L/∂W‖, 로그 눈금 " + range, "per-layer weight gradient ‖∂L/∂W‖, log scale " + range) + skipped;
    }

    /** A horizontal rule one column short of the width. */
    public static String rule(int columns, Style style) {
        return " " + style.dim("─".repeat(Math.max(1, columns - 2)));
    }

    /** The metrics of one run as "label value" items flowed into lines of at most `columns`. */
    public static List<String> metricLines(DemoRun run, int columns, Lang lang) {
        List<String> items = new ArrayList<>();
        run.metrics().forEach((name, v) -> {
            double now = v == null ? Double.NaN : v;
            if (!hidden(name, now, true)) items.add(label(run, name, lang) + " " + Num.metric(now));
        });
        return flow(items, columns);
    }

    /** The human label of a run's metric in the learner's language ({@link DemoLabels}). */
    static String label(DemoRun run, String name, Lang lang) {
        return DemoLabels.metric(run.demo(), name).in(lang);
    }

    /** A 0/1 divergence flag that is 0 (wherever it is known) says nothing on screen; JSON keeps it. */
    private static boolean hidden(String name, double value, boolean zeroEverywhere) {
        return (name.endsWith("_diverged") || name.equals("diverged")) && value == 0 && zeroEverywhere;
    }

    /**
     * One line per metric: label, the committed median [min, max] over seeds 0–9, and this run's value; a 0/1 flag
     * (NAME_diverged) that is 0 everywhere is left out. Compact: two metrics a line, median and this run's value.
     */
    public static Metrics measuredMetrics(DemoRun run, Measurements m, Frame f) {
        Lang lang = f.lang();
        List<String[]> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        run.metrics().forEach((name, v) -> {
            double now = v == null ? Double.NaN : v;
            var stat = m.get(run.demo(), name);
            if (!hidden(name, now, stat.map(st -> st.max() == 0).orElse(true))) {
                cells.add(label(run, name, lang) + " " + stat.map(st -> Num.brief(st.median()) + " [" + Num.brief(st.min())
                        + ", " + Num.brief(st.max()) + "]").orElse("—") + lang.t(" 지금 ", " now ") + Num.brief(now));
            }
            if (hidden(name, now, stat.map(st -> st.max() == 0).orElse(true))) return;
            rows.add(new String[] {label(run, name, lang), stat.map(st -> Num.brief(st.median())).orElse("—"),
                stat.map(st -> "[" + Num.brief(st.min()) + ", " + Num.brief(st.max()) + "]").orElse(""),
                Num.brief(now)});
        });
        String[] head = {lang.t("지표", "metric"), lang.t("10개 시드 중앙값", "median of 10 seeds"),
            lang.t("[최소, 최대]", "[min, max]"), lang.t("시드 ", "seed ") + run.seed()};
        return new Metrics(table(head, rows, new int[] {0, 1, 2, 3}, f, false), pairs(cells, f.columns()),
                twoUp(new String[] {head[0], lang.t("중앙값", "median"), head[3]}, rows, f), ratios(run));
    }

    /** The measured lines followed by the legend (kept for callers that want plain lines). */
    public static List<String> measuredLines(DemoRun run, Measurements m, Frame f) {
        List<String> lines = new ArrayList<>(measuredMetrics(run, m, f).rows());
        Cells.wrap(legend(f.lang()), f.columns() - 2).forEach(l -> lines.add(" " + f.style().dim(l)));
        return lines;
    }

    /** Rows of cells as aligned columns (the label column shrinks, cut with "…", when the row would be too wide). */
    private static List<String> table(String[] head, List<String[]> rows, int[] cols, Frame f, boolean rightAlign) {
        int n = cols.length;
        int[] w = new int[n];
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (String[] r : all) {
            for (int c = 0; c < n; c++) w[c] = Math.max(w[c], Cells.width(r[cols[c]]));
        }
        int rest = 0;
        for (int c = 1; c < n; c++) rest += w[c] + 2;
        w[0] = Math.max(6, Math.min(w[0], f.columns() - 2 - rest));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String[] r = all.get(i);
            StringBuilder b = new StringBuilder(" " + Cells.padRight(Cells.truncate(r[cols[0]], w[0]), w[0]));
            for (int c = 1; c < n; c++) {
                String cell = r[cols[c]];
                b.append(c == 1 ? "  " : " ").append(c == n - 1 ? " " + cell : Cells.padRight(cell, w[c]));
            }
            String line = Cells.truncate(b.toString().stripTrailing(), f.columns() - 1);
            lines.add(i == 0 ? f.style().dim(line) : line);
        }
        return lines;
    }

    /** Two metrics a line: label, median, this run's value (the [min, max] column left out). */
    private static List<String> twoUp(String[] head, List<String[]> rows, Frame f) {
        int half = (f.columns() - 5) / 2;
        int mw = Cells.width(head[1]);
        int sw = Cells.width(head[2]);
        for (String[] r : rows) {
            mw = Math.max(mw, Cells.width(r[1]));
            sw = Math.max(sw, Cells.width(r[3]));
        }
        int lw = Math.max(6, half - mw - sw - 2);
        List<String> cells = new ArrayList<>();
        for (String[] r : rows) cells.add(half(r[0], r[1], r[3], lw, mw, sw));
        List<String> lines = new ArrayList<>();
        String h = half(head[0], head[1], head[2], lw, mw, sw);
        lines.add(f.style().dim((" " + h + (rows.size() > 1 ? "   " + h : "")).stripTrailing()));
        for (int i = 0; i < cells.size(); i += 2) {
            String line = " " + cells.get(i) + (i + 1 < cells.size() ? "   " + cells.get(i + 1) : "");
            lines.add(Cells.truncate(line.stripTrailing(), f.columns() - 1));
        }
        return lines;
    }

    private static String half(String label, String median, String now, int lw, int mw, int sw) {
        return Cells.padRight(Cells.truncate(label, lw), lw) + " " + Cells.padLeft(median, mw) + " " + Cells.padLeft(now, sw);
    }

    /** What δ and the ratios mean, for the learner, in one line at 80 columns. */
    public static String legend(Lang lang) {
        return lang.t("δ = ∂L/∂z 오차 신호 · 비율 = 1층 ÷ 출력층: ≪1 소멸, ≫1 폭주",
                "δ = ∂L/∂z, error signal · ratio = layer 1 ÷ output: ≪1 vanishing, ≫1 exploding");
    }

    /** "median [min, max]: seeds 0–9 as the cards quote them · seed 0: run now, 850 ms". */
    public static List<String> measuredFooter(DemoRun run, Measurements m, Frame f) {
        String seeds = m.seeds().isEmpty() ? "0–9" : m.seeds().get(0) + "–" + m.seeds().get(m.seeds().size() - 1);
        String text = f.lang().t(
                "중앙값 [최소, 최대]: 카드가 인용하는 시드 " + seeds + " 값 · 시드 " + run.seed() + ": 지금 실행, "
                        + Num.duration(run.trainerNanos()),
                "median [min, max]: seeds " + seeds + ", as cards quote them · seed " + run.seed() + ": run now, "
                        + Num.duration(run.trainerNanos()));
        return Cells.wrap(text, f.columns() - 2).stream().map(l -> " " + f.style().dim(l)).toList();
    }

    /**
     * The metrics of several seeds: one line per metric (label, median, [min, max], aligned under a header), and a
     * compact form for a crowded screen: two metrics a line wherever both fit in half the width, their numbers with two
     * significant digits (as verdicts and cards quote them), no header (the seeds footer says median [min, max]).
     */
    public static Metrics spreadMetrics(List<DemoRun> runs, Frame f) {
        Map<String, MultiSeed.Summary> summaries = MultiSeed.summarise(runs);
        DemoRun first = runs.get(0);
        List<String> cells = new ArrayList<>();
        summaries.forEach((name, s) -> {
            if (hidden(name, s.max(), s.min() == 0 && s.max() == 0)) return;
            cells.add(label(first, name, f.lang()) + " " + Num.brief(s.median()) + " [" + Num.brief(s.min()) + ", "
                    + Num.brief(s.max()) + "]");
        });
        return new Metrics(spreadLines(runs, f), pairs(cells, f.columns()), ratios(first));
    }

    /** Cells two a line where both fit in half the width (the left one padded), else one a line, in their order. */
    static List<String> pairs(List<String> cells, int columns) {
        int half = (columns - 2) / 2;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String a = cells.get(i);
            if (i + 1 < cells.size() && Cells.width(a) <= half - 1 && Cells.width(cells.get(i + 1)) <= columns - 3 - half) {
                lines.add(" " + Cells.padRight(a, half) + " " + cells.get(++i));
            } else {
                lines.add(" " + Cells.truncate(a, columns - 2));
            }
        }
        return lines;
    }

    /** One line per metric: its label, then median [min, max] over the seeds, the medians aligned. */
    public static List<String> spreadLines(List<DemoRun> runs, Frame f) {
        Map<String, MultiSeed.Summary> summaries = MultiSeed.summarise(runs);
        DemoRun first = runs.get(0);
        List<String[]> rows = new ArrayList<>();
        summaries.forEach((name, s) -> {
            if (hidden(name, s.max(), s.min() == 0 && s.max() == 0)) return;
            rows.add(new String[] {label(first, name, f.lang()), Num.metric(s.median()),
                "[" + Num.metric(s.min()) + ", " + Num.metric(s.max()) + "]"});
        });
        String[] head = {f.lang().t("지표", "metric"), f.lang().t("중앙값", "median"), f.lang().t("[최소, 최대]", "[min, max]")};
        return table(head, rows, new int[] {0, 1, 2}, f, false);
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

    /** "median [min, max] of seeds 0–9 · 83 ms in total · chart and verdict: seed 0". */
    public static String seedsFooter(List<DemoRun> runs, Lang lang, Style style) {
        long nanos = runs.stream().mapToLong(DemoRun::trainerNanos).sum();
        String seeds = runs.get(0).seed() + (runs.size() > 1 ? "–" + runs.get(runs.size() - 1).seed() : "");
        String first = String.valueOf(runs.get(0).seed());
        return " " + style.dim(lang.t("중앙값 [최소, 최대]: 시드 " + seeds + " · 합계 " + Num.duration(nanos)
                        + " · 그래프와 판정: 시드 " + first,
                "median [min, max] of seeds " + seeds + " · " + Num.duration(nanos) + " in total · chart and verdict: seed "
                        + first));
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
