package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.demos.DemoRun;
import gradcards.demos.Progress;
import gradcards.i18n.Lang;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoViewTest {
    private final FakeDemo d02 = new FakeDemo("D02", 10, 0);

    @ParameterizedTest
    @CsvSource({"KO,80", "EN,80", "KO,60", "EN,48", "KO,40", "EN,120"})
    void everyLineFitsTheWidthWithOrWithoutColour(Lang lang, int columns) {
        DemoRun run = new FakeDemo("D09", 30, 150).run(3, Progress.NONE);
        for (boolean plain : new boolean[] {true, false}) {
            for (String line : DemoView.render(run, d02, lang, columns, new Style(plain))) {
                assertThat(Cells.width(Style.strip(line))).as(line).isLessThanOrEqualTo(columns - 1);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"KO,80", "EN,80", "EN,60"})
    void colourOnlyAddsEscapesAndNeverMovesText(Lang lang, int columns) {
        DemoRun run = new FakeDemo("D14", 12, 100).run(3, Progress.NONE);
        List<String> plain = DemoView.render(run, d02, lang, columns, new Style(true));
        List<String> coloured = DemoView.render(run, d02, lang, columns, new Style(false));
        assertThat(coloured).isNotEqualTo(plain);
        assertThat(coloured.stream().map(Style::strip).map(String::stripTrailing).toList())
                .isEqualTo(plain.stream().map(String::stripTrailing).toList());
    }

    @Test
    void d02FitsAnEightyByTwentyFourScreenWithItsFooter() {
        DemoRun run = d02.run(0, Progress.NONE);
        List<String> lines = new ArrayList<>(DemoView.render(run, d02, Lang.KO, 80, new Style(true)));
        lines.add(DemoView.footer(run, true, new DemoView.Frame(Lang.KO, 80, DemoView.HEIGHT, new Style(true))));
        assertThat(lines.size()).isLessThanOrEqualTo(23);
        assertThat(String.join("\n", lines)).contains("D02 · 시그모이드", "시드 0 · 9 ms", "--seeds 10", "--svg FILE",
                "오차 신호가 거의");
    }

    @Test
    void aNarrowFooterDropsHintsFromTheEnd() {
        DemoRun run = d02.run(0, Progress.NONE);
        String narrow = DemoView.footer(run, true, new DemoView.Frame(Lang.EN, 60, DemoView.HEIGHT, new Style(true)));
        assertThat(narrow).isEqualTo(" seed 0 · 9 ms · --seeds 10 for the spread");
        String tiny = DemoView.footer(run, true, new DemoView.Frame(Lang.EN, 20, DemoView.HEIGHT, new Style(true)));
        assertThat(tiny).isEqualTo(" seed 0 · 9 ms");
    }

    @Test
    void barsShrinkTowardTheInputLayerAndNumbersShowTheNorms() {
        DemoRun run = d02.run(0, Progress.NONE);
        List<String> rows = rows(DemoView.render(run, d02, Lang.EN, 80, new Style(true)));
        assertThat(rows).hasSize(10);
        double first = run.profiles().get(0).weightGradNorms()[0];
        assertThat(rows.get(0)).startsWith("    1 ").contains(String.format(java.util.Locale.ROOT, "%.1e", first));
        assertThat(blocks(rows.get(0))).isLessThan(blocks(rows.get(5))).isLessThan(blocks(rows.get(9)));
    }

    @Test
    void numberColumnsLineUpInKoreanToo() {
        DemoRun run = d02.run(0, Progress.NONE);
        List<String> lines = DemoView.render(run, d02, Lang.KO, 80, new Style(true));
        String header = lines.stream().filter(l -> l.startsWith(" 층 ")).findFirst().orElseThrow();
        int reluColumn = Cells.width(header.substring(0, header.indexOf("relu")));
        for (String row : rows(lines)) {
            int e = row.indexOf("e-", row.indexOf("e-") + 1);
            assertThat(Cells.width(row.substring(0, e))).isEqualTo(reluColumn + 24 + 1 + 3);
        }
    }

    @Test
    void aTallResultShowsFewerLayersToFitTheScreenButKeepsTheFirstAndLast() {
        DemoRun base = new FakeDemo("D14", 10, 100).run(0, Progress.NONE);
        java.util.Map<String, Double> many = new java.util.LinkedHashMap<>(base.metrics());
        for (int i = 0; i < 14; i++) many.put("a_rather_long_metric_" + i, i * 0.5);
        DemoRun run = new DemoRun("D14", 0, 1, many, base.profiles(), base.curves());
        List<String> lines = DemoView.render(run, d02, Lang.EN, 80, new Style(true));
        assertThat(lines.size()).isLessThanOrEqualTo(DemoView.HEIGHT);
        List<String> rows = rows(lines);
        assertThat(rows.size()).isBetween(2, 9);
        assertThat(rows.get(0)).startsWith("    1 ");
        assertThat(rows.get(rows.size() - 1)).startsWith(" ⋮ 10 ");
    }

    @Test
    void deepNetsShowEvenlySpacedLayersIncludingFirstAndLast() {
        assertThat(LayerChart.shownLayers(30, 10)).hasSize(10).startsWith(0).endsWith(29);
        assertThat(LayerChart.shownLayers(8, 10)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void multiSeedViewShowsMedianMinMaxPerMetric() {
        List<DemoRun> runs = List.of(d02.run(0, Progress.NONE), d02.run(1, Progress.NONE), d02.run(2, Progress.NONE));
        String text = String.join("\n", DemoView.renderSeeds(runs, d02, Lang.EN, 80, new Style(true)));
        assertThat(text).containsPattern(" W-grad ratio +2.00e-07  \\[1.00e-07, 3.00e-07]");
        assertThat(DemoView.seedsFooter(runs, Lang.EN, new Style(true))).contains("seeds 0–2", "27 ms");
    }

    @ParameterizedTest
    @CsvSource({"KO", "EN"})
    void aCrowdedMultiSeedViewFitsTwentyFourRowsWithEveryMetricItsSpreadAndTheVerdict(Lang lang) {
        List<DemoRun> runs = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            DemoRun base = new FakeDemo("D14", 10, 100).run(seed, Progress.NONE);
            java.util.Map<String, Double> many = new java.util.LinkedHashMap<>(base.metrics());
            for (int i = 0; i < 12; i++) many.put("accuracy_" + i, (seed + 1) * 0.01 * (i + 1));
            runs.add(new DemoRun("D14", seed, 1, many, base.profiles(), base.curves()));
        }
        List<String> lines = new ArrayList<>(DemoView.renderSeeds(runs, d02, lang, 80, new Style(true)));
        lines.add(DemoView.seedsFooter(runs, lang, new Style(true)));
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(DemoView.HEIGHT + 1);
        String text = String.join("\n", lines);
        for (int i = 0; i < 12; i++) {
            String median = gradcards.i18n.Num.brief(0.03 * (i + 1));
            String range = "[" + gradcards.i18n.Num.brief(0.01 * (i + 1)) + ", " + gradcards.i18n.Num.brief(0.05 * (i + 1)) + "]";
            assertThat(text).contains("accuracy_" + i + " " + median + " " + range);
        }
        assertThat(text).contains(lang == Lang.KO ? "오차 신호가 거의" : "of the output layer's gradient",
                lang == Lang.KO ? "중앙값 [최소, 최대]: 시드 0–4" : "median [min, max] of seeds 0–4");
        for (String line : lines) assertThat(Cells.width(Style.strip(line))).as(line).isLessThanOrEqualTo(79);
    }

    @Test
    void aDivergedCurveIsCrossedOutAndNamed() {
        DemoRun run = new FakeDemo("D14", 10, 100).run(3, Progress.NONE);
        String text = String.join("\n", DemoView.render(run, d02, Lang.EN, 80, new Style(true)));
        assertThat(text).contains("✕", "0.6931 → diverged at step 51");
    }

    private static List<String> rows(List<String> lines) {
        return lines.stream().filter(l -> l.matches("^ [ ⋮] +\\d+ .*")).toList();
    }

    private static long blocks(String row) {
        String firstBar = row.substring(8).split("\\d\\.\\d")[0];
        return firstBar.chars().map(c -> " ▏▎▍▌▋▊▉█".indexOf(c)).filter(i -> i > 0).sum();
    }
}
