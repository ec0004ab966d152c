package gradcards.render;

import gradcards.content.Measurements;
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
        return render(heading(demo), run, metricLines(run, columns), demo.verdict(run), f);
    }

    /**
     * The screen of `d` and of `demo run ID`: the chart, curves and verdict of seed 0 measured now, and per metric the
     * committed 10-seed median [min, max] (the numbers the cards quote) beside seed 0's value, with a footer saying
     * which is which.
     */
    public static List<String> renderMeasured(DemoRun seed0, Demo demo, Measurements m, Lang lang, int columns,
                                              Style style) {
        Frame wide = new Frame(lang, columns, HEIGHT, style);
        List<String> footer = measuredFooter(seed0, m, wide);
        Frame f = new Frame(lang, columns, HEIGHT + 1 - footer.size(), style);
        List<String> lines = new ArrayList<>(render(heading(demo), seed0, measuredLines(seed0, m, f), demo.verdict(seed0), f));
        lines.addAll(footer);
        return lines;
    }

    /** The chart of the first run, the median [min, max] of each metric over all runs, and the first run's verdict. */
    public static List<String> renderSeeds(List<DemoRun> runs, Demo demo, Lang lang, int columns, Style style) {
        DemoRun first = runs.get(0);
        Frame f = new Frame(lang, columns, HEIGHT, style);
        return render(heading(demo), first, spreadLines(MultiSeed.summarise(runs), columns), demo.verdict(first), f);
    }

    /**
     * The whole result screen of `demo run` and `demo custom`: the chart of the first run, its metrics (one run) or
     * each metric's median [min, max] (several seeds), the verdict and the footer.
     */
    public static List<String> screen(Text heading, List<DemoRun> runs, Text verdict, boolean seedsHint, Frame f) {
        boolean one = runs.size() == 1;
        List<String> metrics = one ? metricLines(runs.get(0), f.columns())
                : spreadLines(MultiSeed.summarise(runs), f.columns());
        List<String> lines = new ArrayList<>(render(heading, runs.get(0), metrics, verdict, f));
        lines.add(one ? footer(runs.get(0), seedsHint, f) : seedsFooter(runs, f.lang(), f.style()));
        return lines;
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

    /**
     * One line per metric: name, the committed median [min, max] over seeds 0–9, and this run's value; a 0/1 flag
     * (NAME_diverged) that is 0 everywhere is left out. Then the legend of δ, w_ratio and d_ratio.
     */
    public static List<String> measuredLines(DemoRun run, Measurements m, Frame f) {
        Lang lang = f.lang();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {lang.t("지표", "metric"), lang.t("10개 시드 중앙값", "median of 10 seeds"),
            lang.t("[최소, 최대]", "[min, max]"), lang.t("시드 ", "seed ") + run.seed()});
        run.metrics().forEach((name, v) -> {
            double now = v == null ? Double.NaN : v;
            var stat = m.get(run.demo(), name);
            if (name.endsWith("_diverged") && now == 0 && stat.map(st -> st.max() == 0).orElse(true)) return;
            rows.add(new String[] {name, stat.map(st -> Num.brief(st.median())).orElse("—"),
                stat.map(st -> "[" + Num.brief(st.min()) + ", " + Num.brief(st.max()) + "]").orElse(""),
                Num.brief(now)});
        });
        int[] w = new int[3];
        for (String[] r : rows) {
            for (int c = 0; c < 3; c++) w[c] = Math.max(w[c], Cells.width(r[c]));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String line = Cells.truncate(" " + Cells.padRight(r[0], w[0]) + "  " + Cells.padRight(r[1], w[1]) + " "
                    + Cells.padRight(r[2], w[2]) + "  " + r[3], f.columns() - 1);
            lines.add(i == 0 ? f.style().dim(line) : line);
        }
        Cells.wrap(legend(lang), f.columns() - 2).forEach(l -> lines.add(" " + f.style().dim(l)));
        return lines;
    }

    /** What δ, d_ratio and w_ratio mean, for the learner. */
    public static String legend(Lang lang) {
        return lang.t("δ = ∂L/∂z: 역전파로 층에 도달한 오차 신호 · d_ratio = ‖δ₁‖/‖δ_L‖, w_ratio = ‖∂L/∂W₁‖/‖∂L/∂W_L‖ "
                        + "(1층 ÷ 출력층: ≪1 소멸, ≫1 폭주)",
                "δ = ∂L/∂z, the error signal backprop brings to a layer · d_ratio = ‖δ₁‖/‖δ_L‖, w_ratio = ‖∂L/∂W₁‖/‖∂L/∂W_L‖ "
                        + "(layer 1 ÷ output: ≪1 vanishing, ≫1 exploding)");
    }

    /** "median [min, max]: seeds 0–9, content/measurements.json (what cards quote) · seed 0 column, chart, verdict: now". */
    public static List<String> measuredFooter(DemoRun run, Measurements m, Frame f) {
        String seeds = m.seeds().isEmpty() ? "0–9" : m.seeds().get(0) + "–" + m.seeds().get(m.seeds().size() - 1);
        String text = f.lang().t(
                "중앙값 [최소, 최대]: 시드 " + seeds + " 측정 파일(카드가 인용하는 값) · 시드 " + run.seed() + " 열, 그래프, 판정: 지금 실행 ("
                        + Num.duration(run.trainerNanos()) + ")",
                "median [min, max]: seeds " + seeds + ", measurements file (what the cards quote) · seed " + run.seed()
                        + " column, chart, verdict: run now (" + Num.duration(run.trainerNanos()) + ")");
        return Cells.wrap(text, f.columns() - 2).stream().map(l -> " " + f.style().dim(l)).toList();
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
