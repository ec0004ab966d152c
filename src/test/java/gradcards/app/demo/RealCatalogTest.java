package gradcards.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.app.TestEnv;
import gradcards.demos.DemoCatalog;
import gradcards.render.Cells;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The commands over the real trainer catalogue: every demo renders within 80 columns and a 24-row screen. */
class RealCatalogTest {

    @TempDir
    Path dir;

    static Stream<String> ids() {
        return DemoCatalog.all().stream().map(d -> d.id());
    }

    @Test
    void listShowsAllFifteenDemos() {
        TestEnv.Result r = TestEnv.cli("--lang", "ko", "demo", "list");
        assertThat(r.out().lines().filter(l -> l.matches("^ D\\d\\d .*")).map(l -> l.substring(1, 4)))
                .containsExactlyElementsOf(ids().toList());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyDemoFitsEightyByTwentyFourAndDrawsAValidSvg(String id) throws Exception {
        Path svg = dir.resolve(id + ".svg");
        TestEnv.Result r = TestEnv.cli("--lang", id.hashCode() % 2 == 0 ? "ko" : "en", "demo", "run", id, "--svg", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        // one table row per metric (medians of the measurements file beside seed 0): when those rows cannot fit in
        // 24 lines, the chart must first have shrunk to its fewest layer rows
        long layerRows = lines.stream().filter(l -> l.matches(" +\\d+ {3,}\\S.*")).count();
        if (lines.size() > 24) assertThat(layerRows).as(r.out()).isLessThanOrEqualTo(gradcards.render.DemoView.MIN_ROWS);
        for (String l : lines) assertThat(Cells.width(l)).as(l).isLessThanOrEqualTo(79);
        assertThat(lines.get(0)).startsWith(" " + id + " · ");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(1);
    }

    @Test
    void jsonCarriesTheDemosOwnMetricNamesAndSpellsDivergenceAsInf() throws Exception {
        var demo = DemoCatalog.byId("D14").orElseThrow();
        var run = demo.run(0, gradcards.demos.Progress.NONE);
        JsonNode json = new ObjectMapper().readTree(TestEnv.cli("demo", "run", "D14", "--json").out());
        assertThat(json.get("metrics").fieldNames()).toIterable().containsExactlyElementsOf(run.metrics().keySet());
        JsonNode noclip = json.get("metrics").get("noclip_loss@100");
        boolean diverged = !Double.isFinite(run.metrics().get("noclip_loss@100"));
        assertThat(noclip.get("median").isTextual()).isEqualTo(diverged);
        if (diverged) assertThat(noclip.get("values").get(0).asText()).isIn("inf", "nan");
    }

    @Test
    void exportWritesTheNetworkAtTheStepAsJson() throws Exception {
        Path file = dir.resolve("d02.json");
        TestEnv.Result r = TestEnv.cli("demo", "run", "D02", "--seed", "1", "--export", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("demo").asText()).isEqualTo("D02");
        assertThat(json.get("seed").asInt()).isEqualTo(1);
        assertThat(json.get("layers")).hasSize(10);
        assertThat(r.out()).contains("wrote D02 seed 1 step 0 (10 layers) to " + file);
    }

    @Test
    void customTrainsTheRealTrainerAndRelaysItsRejections() {
        TestEnv.Result r = TestEnv.cli("demo", "custom", "--depth", "6", "--width", "8", "--activation", "sigmoid", "--init",
                "xavier_uniform", "--steps", "20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("custom · depth 6 × 8 · sigmoid · xavier_uniform · sgd lr 0.1 · steps 20",
                "step 0", "step 20", "final loss", "seed 0 · ");
        TestEnv.Result bad = TestEnv.cli("demo", "custom", "--depth", "6", "--width", "8", "--activation", "swish", "--init",
                "he_normal");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("gradcards: unknown --activation value 'swish' (allowed: sigmoid, tanh, relu").hasLineCount(1);
        TestEnv.Result bn = TestEnv.cli("demo", "custom", "--depth", "6", "--width", "8", "--activation", "relu", "--init",
                "he_normal", "--batchnorm", "--export", dir.resolve("bn.json").toString());
        assertThat(bn.code()).isEqualTo(1);
        assertThat(bn.err()).contains("only plain MLPs can be exported");
    }

    @Test
    void unknownIdsListTheCatalogueAndNonPlainDemosRefuseExport() {
        TestEnv.Result r = TestEnv.cli("demo", "run", "D16");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("D01, D02", "D15").hasLineCount(1);
        TestEnv.Result bn = TestEnv.cli("demo", "run", "D09", "--export", dir.resolve("x.json").toString());
        assertThat(bn.code()).isEqualTo(1);
        assertThat(bn.err()).contains("D09 does not support --export");
    }

    @Test
    void customWithNoOptionsRunsTheDefaultExperiment() {
        TestEnv.Result r = TestEnv.cli("demo", "custom");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().replace("\n ", " ")).contains("custom · depth 10 × 32 · sigmoid · xavier_uniform · sgd lr 0.1 · steps 100 · spirals",
                "W-grad ratio", "final loss").doesNotContain("diverged", "w_ratio");
        assertThat(r.out().lines().count()).isLessThanOrEqualTo(23);
    }

    @Test
    void aDivergingCustomRunIsNamedWithItsStepInBothLanguagesAndItsEndMetricsAreNan() {
        for (String lang : List.of("en", "ko")) {
            TestEnv.Result r = TestEnv.cli("--lang", lang, "demo", "custom", "--activation", "relu", "--init", "he_normal*2",
                    "--lr", "0.5", "--steps", "30");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(lang.equals("ko") ? "⚠ 발산: relu + he_normal*2 학습이 3단계에서 발산했습니다"
                    : "⚠ diverged: relu + he_normal*2 training diverged at step 3", "nan", "✕")
                    .doesNotContain(lang.equals("ko") ? "학습 후 손실" : "final loss 0", "final loss inf");
        }
        TestEnv.Result json = TestEnv.cli("demo", "custom", "--activation", "relu", "--init", "2*he", "--lr", "0.5",
                "--steps", "30", "--json");
        assertThat(json.out()).containsPattern("\"final_loss\" *: *\\{\\s*\"median\" *: *\"nan\"")
                .containsPattern("\"diverged\" *: *\\{\\s*\"median\" *: *1");
    }
}
