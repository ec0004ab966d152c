package gradcards.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.app.TestEnv;
import gradcards.render.Cells;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class DemoCommandTest extends WithFakeDemos {

    @Test
    void listShowsEveryDemoAlignedInKorean() {
        TestEnv.Result r = run("--lang", "ko", "demo", "list");
        assertThat(r.code()).isZero();
        List<String> rows = r.out().lines().filter(l -> l.startsWith(" D")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("시그모이드 깊이 10", "S01 S10 B02", "<0.01 s");
        assertThat(Cells.width(rows.get(0))).isEqualTo(Cells.width(rows.get(1)));
    }

    @Test
    void runShowsChartVerdictAndFooterWithoutProgressInAPipe() {
        TestEnv.Result r = run("demo", "run", "d02");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("D02 · Sigmoid at depth 10", "relu + He", "signal all but vanishes",
                "median of 10 seeds", "seed 0", "seed 0: run now, 9 ms", "δ = ∂L/∂z")
                .doesNotContain("\r", "\u001b[");
        TestEnv.Result one = run("demo", "run", "d02", "--seed", "0");
        assertThat(one.out()).contains("seed 0 · 9 ms · --seeds 10 for the spread").doesNotContain("median of 10 seeds");
        assertThat(d02.seedsRun).containsExactly(0L, 0L);
    }

    @Test
    void aTerminalGetsAProgressLineThatIsErasedBeforeTheChart() {
        TestEnv.Result r = run(true, Map.of(), "demo", "run", "D14", "--seed", "2");
        assertThat(r.out()).contains("\r\u001b[K sigmoid  ", "/100  loss 0.69", "\u001b[1m");
        int lastErase = r.out().lastIndexOf("\r\u001b[K");
        assertThat(r.out().indexOf("D14 · ")).isGreaterThan(lastErase);
        assertThat(run(true, Map.of(), "--plain", "demo", "run", "D14").out()).doesNotContain("\r");
    }

    @Test
    void seedsRunsZeroToNMinusOneAndJsonReportsTheSpread() throws Exception {
        TestEnv.Result r = run("demo", "run", "D02", "--seeds", "4", "--json");
        assertThat(r.code()).isZero();
        assertThat(d02.seedsRun).containsExactly(0L, 1L, 2L, 3L);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("seeds").toString()).isEqualTo("[0,1,2,3]");
        assertThat(json.get("elapsed_ms").asDouble()).isEqualTo(36.0);
        assertThat(json.get("metrics").get("w_ratio").get("median").asDouble()).isEqualTo(2.5e-7);
        assertThat(json.get("metrics").get("w_ratio").get("values")).hasSize(4);
    }

    @Test
    void seedsOnTheTerminalShowsMedianMinMax() {
        TestEnv.Result r = run("demo", "run", "D14", "--seeds", "4");
        assertThat(r.out()).contains("2.50e-07  [1.00e-07, 4.00e-07]", "seeds 0–3 · 36 ms in total");
    }

    @Test
    void svgIsWrittenAndParses() throws Exception {
        Path svg = dir.resolve("d14.svg");
        TestEnv.Result r = run("demo", "run", "D14", "--svg", svg.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("picture: " + svg);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void exportWritesTheBackendsJsonForTheSeedAndStep() throws Exception {
        Path file = dir.resolve("run.json");
        TestEnv.Result r = run("demo", "run", "D14", "--seed", "3", "--export", file.toString(), "--step", "7");
        assertThat(r.code()).isZero();
        assertThat(Files.readString(file)).isEqualTo("{\"demo\": \"D14\", \"seed\": 3, \"step\": 7}");
        assertThat(r.out()).contains("wrote D14 seed 3 step 7 (1 layers)").doesNotContain("D14 · Sigmoid");
        assertThat(d14.seedsRun).isEmpty();
    }

    @Test
    void seedsShowACountingProgressLineOnATerminalAndNothingInAPipe() {
        TestEnv.Result live = run(true, Map.of(), "demo", "run", "D02", "--seeds", "3");
        assertThat(live.code()).isZero();
        assertThat(live.out()).contains("\r\u001b[K seed 0  ", "0/3", "\r\u001b[K seed 2  ", "2/3",
                "\r\u001b[K seed 1 (2/3) · sigmoid");
        assertThat(live.out().indexOf("D02 · ")).isGreaterThan(live.out().lastIndexOf("\r\u001b[K"));
        TestEnv.Result piped = run("demo", "run", "D02", "--seeds", "3");
        assertThat(piped.out()).doesNotContain("\r", "\u001b[").contains("seeds 0–2");
        TestEnv.Result korean = run(true, Map.of(), "--lang", "ko", "demo", "run", "D02", "--seeds", "2");
        assertThat(korean.out()).contains("\r\u001b[K 시드 1  ", "1/2");
    }
}
