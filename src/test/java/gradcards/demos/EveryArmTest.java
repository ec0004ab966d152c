package gradcards.demos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.ContentLoader;
import gradcards.i18n.Lang;
import gradcards.render.DemoJson;
import gradcards.render.DemoView;
import gradcards.render.Style;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Over all 15 demos and seeds 0–9: every arm the spec expects to train stays finite (its NAME_diverged flag is 0 and
 * every metric is a finite number); the one arm built to diverge (D14 without clipping) is reported as diverged, with
 * its metrics NaN, in the JSON and on the screen.
 */
class EveryArmTest {
    /** The arms that are meant to diverge, by demo. */
    private static final Map<String, String> EXPECTED_TO_DIVERGE = Map.of("D14", "noclip");

    static List<String> demos() {
        return DemoCatalog.all().stream().map(Demo::id).toList();
    }

    @ParameterizedTest
    @MethodSource("demos")
    void everyArmExpectedToTrainIsFiniteInEverySeed(String id) {
        String wild = EXPECTED_TO_DIVERGE.get(id);
        for (DemoRun r : DemoRuns.of(id)) {
            r.metrics().forEach((name, v) -> {
                if (wild != null && (name.startsWith(wild + "_"))) return;
                assertThat(Double.isFinite(v)).as("%s seed %d: %s = %s", id, r.seed(), name, v).isTrue();
                if (name.endsWith("_diverged")) assertThat(v).as("%s seed %d: %s", id, r.seed(), name).isZero();
            });
        }
    }

    @Test
    void d05EveryArmTrainsFinitelyWhileReluDiesAndLeakyAndPreluDoNot() {
        for (DemoRun r : DemoRuns.of("D05")) {
            var m = r.metrics();
            assertThat(List.of(m.get("relu_diverged"), m.get("leaky_relu_diverged"), m.get("prelu_diverged")))
                    .as("seed %d", r.seed()).containsOnly(0.0);
            assertThat(m.get("relu_zero_grad_units")).as("seed %d", r.seed()).isGreaterThan(0.03);
            assertThat(m.get("leaky_relu_zero_grad_units")).as("seed %d", r.seed()).isZero();
            assertThat(m.get("prelu_zero_grad_units")).as("seed %d", r.seed()).isZero();
            assertThat(m.get("prelu_slope_min")).as("seed %d", r.seed()).isBetween(0.0, 1.0);
            assertThat(m.get("prelu_slope_max")).as("seed %d", r.seed()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void d14WithoutClippingIsReportedDivergedWithNanMetricsInJsonAndOnScreen() throws Exception {
        List<DemoRun> runs = DemoRuns.of("D14");
        long diverged = runs.stream().filter(r -> r.metrics().get("noclip_diverged") == 1.0).count();
        assertThat(diverged).isGreaterThanOrEqualTo(7);
        for (DemoRun r : runs) {
            boolean d = r.metrics().get("noclip_diverged") == 1.0;
            assertThat(Double.isNaN(r.metrics().get("noclip_loss@100"))).as("seed %d", r.seed()).isEqualTo(d);
        }
        Demo d14 = DemoCatalog.byId("D14").orElseThrow();
        JsonNode json = new ObjectMapper().readTree(DemoJson.of("D14", runs, d14.verdict(runs.get(0))));
        JsonNode flags = json.get("metrics").get("noclip_diverged").get("values");
        JsonNode losses = json.get("metrics").get("noclip_loss@100").get("values");
        for (int s = 0; s < runs.size(); s++) {
            if (flags.get(s).asDouble() == 1.0) assertThat(losses.get(s).asText()).as("seed %d", s).isEqualTo("nan");
        }
        DemoRun seed = runs.stream().filter(r -> r.metrics().get("noclip_diverged") == 1.0).findFirst().orElseThrow();
        for (Lang lang : Lang.values()) {
            String screen = String.join("\n", DemoView.renderMeasured(seed, d14, ContentLoader.bundledMeasurements(), lang,
                    80, new Style(true)));
            assertThat(screen).contains(lang == Lang.KO ? "발산" : "diverged")
                    .contains(lang.t("클리핑 없음: 발산", "no clip: diverged"));
            assertThat(screen).containsPattern(lang.t("클리핑 없음: 100단계 손실 +nan", "no clip: loss @100 +nan"))
                    .doesNotContain("noclip_");
            assertThat(d14.verdict(seed).in(lang)).contains(lang == Lang.KO ? "발산" : "blows up");
        }
    }
}
