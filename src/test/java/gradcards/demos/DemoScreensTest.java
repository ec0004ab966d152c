package gradcards.demos;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.ContentLoader;
import gradcards.i18n.Lang;
import gradcards.render.Cells;
import gradcards.render.DemoView;
import gradcards.render.Style;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every catalogue demo's screen (the one of `demo run ID` and of `d` in a session), seed 0 measured now beside the
 * committed medians: it fits 80×24 and 100×30 with its verdict and footer, and in Korean it shows human labels, never a
 * raw metric key nor an English arm label.
 */
class DemoScreensTest {
    /** Raw metric keys look like he__out_std, noclip_loss@100, tanh_N(0,1)_sat_frac. */
    private static final Pattern RAW_KEY = Pattern.compile("[a-z0-9]+__[a-z]|[a-z]+_[a-z]+(_[a-z]+)*(@\\d+)?\\b");
    /** English words of arm labels and curve names that must not stay untranslated on a Korean screen. */
    private static final List<String> ENGLISH_ARM_WORDS = List.of("no clipping", "clip 1", "step ", "dropout", "none",
            "random init", "pre-trained", "plain", "residual", "validation", "val (", "train", "depth", "standard",
            "median", "seed ", "loss", "layer");

    @ParameterizedTest
    @CsvSource({"80,24", "100,30"})
    void everyDemoFitsTheScreenWithItsVerdictAndFooter(int columns, int rows) {
        for (Lang lang : Lang.values()) {
            for (Demo demo : DemoCatalog.all()) {
                DemoRun seed0 = DemoRuns.of(demo.id()).get(0);
                List<String> screen = DemoView.renderMeasured(seed0, demo, ContentLoader.bundledMeasurements(), lang,
                        columns, new Style(true));
                String text = String.join("\n", screen);
                assertThat(screen.size()).as(demo.id() + " " + lang + "\n" + text).isLessThanOrEqualTo(rows - 1);
                for (String line : screen) assertThat(Cells.width(line)).as(demo.id() + ": " + line).isLessThan(columns);
                // the verdict's first words and the footer are on screen
                String verdict = demo.verdict(seed0).in(lang);
                assertThat(text.replace("\n ", " ")).as(demo.id() + " " + lang).contains(verdict.substring(0, 12));
                assertThat(screen.get(screen.size() - 1)).contains(lang.t("지금 실행", "run now"));
            }
        }
    }

    /** In a session the console keeps a keys line and a scroll line: the `d` screen gets 22 rows of a 79-column console. */
    @ParameterizedTest
    @CsvSource({"79,24", "99,30"})
    void theSessionDemoViewFitsTheRowsASessionLeavesIt(int columns, int rows) {
        for (Lang lang : Lang.values()) {
            for (Demo demo : DemoCatalog.all()) {
                DemoRun seed0 = DemoRuns.of(demo.id()).get(0);
                List<String> screen = DemoView.screen(DemoView.heading(demo), List.of(seed0), demo.verdict(seed0), true,
                        ContentLoader.bundledMeasurements(), new DemoView.Frame(lang, columns, rows - 2, new Style(true)));
                assertThat(screen.size()).as(demo.id() + " " + lang + "\n" + String.join("\n", screen))
                        .isLessThanOrEqualTo(rows - 2);
                for (String line : screen) assertThat(Cells.width(line)).as(demo.id() + ": " + line).isLessThan(columns);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"80", "100"})
    void koreanScreensShowHumanLabelsNotRawKeysOrEnglishArmLabels(int columns) {
        for (Demo demo : DemoCatalog.all()) {
            DemoRun seed0 = DemoRuns.of(demo.id()).get(0);
            String screen = String.join("\n", DemoView.renderMeasured(seed0, demo, ContentLoader.bundledMeasurements(),
                    Lang.KO, columns, new Style(true)));
            // the chart and metric part (the verdict's wording is the demo's own text)
            String body = screen.substring(0, screen.lastIndexOf(" ────"));
            assertThat(RAW_KEY.matcher(body).find()).as(demo.id() + " shows a raw key:\n" + body).isFalse();
            for (String key : seed0.metrics().keySet()) assertThat(body).as(demo.id()).doesNotContain(key + " ");
            for (String word : ENGLISH_ARM_WORDS) assertThat(body).as(demo.id() + "\n" + body).doesNotContain(word);
        }
    }

    @ParameterizedTest
    @CsvSource({"KO", "EN"})
    void everyMetricOfEveryDemoHasALabelInBothLanguages(Lang lang) {
        for (Demo demo : DemoCatalog.all()) {
            for (String key : DemoRuns.of(demo.id()).get(0).metrics().keySet()) {
                String label = DemoLabels.metric(demo.id(), key).in(lang);
                assertThat(label).as(demo.id() + "." + key).isNotEqualTo(key);
                assertThat(RAW_KEY.matcher(label).find()).as(demo.id() + "." + key + " → " + label).isFalse();
            }
        }
    }
}
