package gradcards.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.app.TestEnv;
import gradcards.demos.CustomSpec;
import gradcards.render.FakeDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomAndBenchTest {
    private final FakeDemo d02 = new FakeDemo("D02", 10, 0);
    private final FakeDemo x99 = new FakeDemo("X99", 4, 0);
    private final FakeBackend backend = new FakeBackend(List.of(d02, x99));

    @TempDir
    Path dir;

    @Test
    void customPassesEveryOptionToTheTrainerAndShowsTheChart() {
        TestEnv.Result r = TestEnv.cli(backend, "demo", "custom", "--depth", "12", "--width", "16", "--activation", "ReLU", "--init",
                "he_normal", "--batchnorm", "--dropout", "0.2", "--l2", "1e-3", "--clip", "1", "--residual",
                "--optimizer", "adam", "--steps", "50", "--lr", "0.005", "--seed", "4", "--data", "teacher");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(backend.requests).containsExactly(new CustomSpec(12, 16, "relu", "he_normal", true, 0.2, 0,
                1e-3, 1, true, "adam", 50, 0.005, 4, "teacher"));
        assertThat(r.out()).contains("custom · depth 12 × 16 · relu · he_normal · batchnorm · residual · dropout 0.2",
                "adam lr 0.005 · steps 50 · teacher", "fake verdict", "seed 4 · 9 ms · --svg FILE").doesNotContain("--seeds");
        assertThat(r.out().lines().filter(l -> l.matches("^ [ ⋮] +\\d+ .*")).count()).isEqualTo(10);
    }

    @Test
    void theKoreanTitleNamesTheDataAndOptionsInKoreanAndKeepsTheOptionValues() {
        for (String data : List.of("spirals", "teacher")) {
            TestEnv.Result r = TestEnv.cli(backend, "--lang", "ko", "demo", "custom", "--data", data, "--clip", "1",
                    "--batchnorm", "--residual", "--dropout", "0.2", "--steps", "20");
            assertThat(r.code()).as(r.err()).isZero();
            String title = r.out().lines().limit(2).reduce("", (a, b) -> a + " " + b.strip());
            assertThat(title).contains("사용자 정의 · 깊이 10 × 32 · sigmoid · xavier_uniform · 배치 정규화 · 잔차 연결",
                    "드롭아웃 0.2", "클리핑 1", "단계 20", data.equals("spirals") ? "나선 데이터" : "교사망 데이터")
                    .doesNotContain("spirals", "teacher", "batchnorm", "residual", "dropout", "clip", "steps");
        }
        assertThat(backend.requests).extracting(CustomSpec::data).containsExactly("spirals", "teacher");
    }

    @Test
    void customDefaultsAndJson() throws Exception {
        TestEnv.Result r = TestEnv.cli(backend, "demo", "custom", "--depth", "3", "--width", "8", "--activation", "tanh", "--init",
                "xavier_uniform", "--json");
        assertThat(backend.requests.get(0)).isEqualTo(new CustomSpec(3, 8, "tanh", "xavier_uniform", false, 0, 0, 0,
                0, false, "sgd", 100, 0.1, 0, "spirals"));
        assertThat(new ObjectMapper().readTree(r.out()).get("demo").asText()).isEqualTo("custom");
    }

    @Test
    void customExportGoesToTheFileAtTheStep() throws Exception {
        Path file = dir.resolve("c.json");
        TestEnv.Result r = TestEnv.cli(backend, "demo", "custom", "--depth", "3", "--width", "8", "--activation", "tanh", "--init",
                "xavier_uniform", "--export", file.toString(), "--step", "20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file)).contains("\"step\": 20");
    }

    @Test
    void benchTimesEveryDemoAgainstTorchAndReportsThroughput() {
        TestEnv.Result r = TestEnv.cli(backend, "bench", "trainer");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(d02.seedsRun).as("a warm-up pass, then the timed one").containsExactly(0L, 0L);
        assertThat(x99.seedsRun).containsExactly(0L, 0L);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(1)).contains("D02", "9.0 ms", "0.004 s", "no, 0.4×");
        assertThat(lines.get(2)).contains("X99", "–");
        assertThat(lines.get(3)).contains("total", "18.0 ms", "0.004 s", "no, 0.2×");
        int torchEnd = lines.get(0).indexOf("PyTorch") + "PyTorch".length();
        assertThat(lines.get(1).indexOf("0.004 s") + "0.004 s".length()).isEqualTo(torchEnd);
        assertThat(r.out()).contains("0.32 GMAC/s at width 32", "2.56 GMAC/s at width 256");
        assertThat(r.out()).contains("dense kernel, width 32: scalar reference 0.32 → blocked 0.64 GMAC/s (2.00×",
                "dense kernel, width 256: scalar reference 2.56 → blocked 5.12 GMAC/s (2.00×");
    }

    @Test
    void benchVerdictSaysHowManyTimesFaster() {
        assertThat(gradcards.app.BenchCommand.verdict(23.4, gradcards.i18n.Lang.EN)).isEqualTo("yes, 23×");
        assertThat(gradcards.app.BenchCommand.verdict(1.25, gradcards.i18n.Lang.KO)).isEqualTo("예, 1.3×");
    }
}
