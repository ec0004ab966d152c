package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.demos.DemoRun;
import gradcards.demos.LossCurve;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.trainer.LayerProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No point of a chart vanishes: skipped layers, nan/inf and 0 norms, and losses above the scale all get a mark. */
class LayerChartMarksTest {

    private static DemoRun run(double[] norms, double[] loss) {
        return new DemoRun("X01", 0, 1_000_000, Map.of("w_ratio", 1e-3),
                List.of(new LayerProfile("relu + 2×He", norms, norms)), List.of(new LossCurve("no clipping", loss),
                        new LossCurve("clip 1.0", new double[] {1.0, 0.9, 0.8, 0.7})));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyPointThatCannotBeDrawnHasAMarkAndALegend(Lang lang) {
        double[] norms = new double[12];
        java.util.Arrays.fill(norms, 0.5);
        norms[0] = Double.NaN;
        norms[11] = 0;
        double[] loss = {1.0, 1e9, 1e20, Double.POSITIVE_INFINITY};
        DemoView.Frame f = new DemoView.Frame(lang, 80, 16, new Style(true));
        List<String> lines = DemoView.render(Text.of("제목", "title"), run(norms, loss), List.of(), null, f);
        String text = String.join("\n", lines);
        assertThat(lines.size()).as(text).isLessThanOrEqualTo(16);
        List<String> rows = lines.stream().filter(l -> l.matches("^ [ ⋮] +\\d+ .*")).toList();
        assertThat(rows.size()).as(text).isLessThan(12);
        // a row after a gap says so, and the caption explains the mark
        assertThat(rows.stream().filter(r -> r.startsWith(" ⋮")).count()).isPositive();
        assertThat(text).contains(lang.t("⋮ 사이 층 생략", "⋮ skipped layers"));
        assertThat(rows.get(0)).startsWith("    1 ").contains("✕").contains("nan");
        assertThat(rows.get(rows.size() - 1)).startsWith(" ⋮ 12 ").contains("◁").contains("0.0e+00");
        // the diverging loss: off the scale, then not finite
        String curve = lines.stream().filter(l -> l.contains(lang.t("클리핑 없음", "no clipping"))).findFirst().orElseThrow();
        assertThat(curve).contains("▲", "✕");
        assertThat(text).contains(lang.t("✕ nan/inf: 발산", "✕ nan/inf: diverged"),
                lang.t("▲ 첫 손실의 100배 넘음", "▲ above 100× the first loss"), lang.t("◁ 0: 로그 눈금 아래", "◁ 0: below the log scale"));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aChartWithNothingToMarkHasNoMarksLine(Lang lang) {
        double[] norms = {0.1, 0.2, 0.3};
        DemoView.Frame f = new DemoView.Frame(lang, 80, 23, new Style(true));
        String text = String.join("\n", DemoView.render(Text.of("제목", "title"), run(norms, new double[] {1, 0.5, 0.2}),
                List.of(), null, f));
        assertThat(text).doesNotContain("⋮", "✕", "▲", "◁");
    }
}
