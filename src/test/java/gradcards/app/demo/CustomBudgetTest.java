package gradcards.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.app.TestEnv;
import gradcards.demos.CustomBudget;
import gradcards.demos.CustomSpec;
import org.junit.jupiter.api.Test;

/** Issue 12, Why-9 (demo custom): a run over the memory or time budget is refused before training, in one line. */
class CustomBudgetTest {
    @Test
    void theIssuesOutOfMemoryRunIsRefusedNamingTheLimitAndTheEstimate() {
        TestEnv.Result r = TestEnv.cli("demo", "custom", "--depth", "100", "--width", "1024", "--batchnorm", "--optimizer", "adam",
                "--activation", "relu", "--init", "he_normal");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).containsPattern("needs about \\d+ MiB of memory, the limit is \\d+ MiB");
        assertThat(r.err()).doesNotContain("Exception", "OutOfMemory");
    }

    @Test
    void aLongRunIsRefusedNamingTheTimeLimit() {
        TestEnv.Result r = TestEnv.cli("--lang", "ko", "demo", "custom", "--depth", "10", "--width", "512", "--steps", "50000",
                "--activation", "relu", "--init", "he_normal");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("한도는 60초").hasLineCount(1);
    }

    @Test
    void theEstimateGrowsWithTheNetworkAndTheOptimizerState() {
        CustomBudget small = CustomBudget.of(spec(10, 32, "sgd", false));
        CustomBudget wide = CustomBudget.of(spec(10, 1024, "sgd", false));
        CustomBudget adam = CustomBudget.of(spec(10, 1024, "adam", false));
        assertThat(wide.bytes()).isGreaterThan(small.bytes() * 100);
        assertThat(adam.bytes()).isGreaterThan(wide.bytes());
        // the issue measured 5.9 GB for depth 100, width 1024, batch norm and adam: the estimate is of that order
        assertThat(CustomBudget.of(spec(100, 1024, "adam", true)).bytes()).isBetween(4_000_000_000L, 9_000_000_000L);
        assertThat(CustomBudget.limitBytes(512L << 20)).isEqualTo(256L << 20);
        assertThat(CustomBudget.limitBytes(16L << 30)).isEqualTo(CustomBudget.MAX_BYTES);
    }

    private static CustomSpec spec(int depth, int width, String optimizer, boolean batchnorm) {
        return new CustomSpec(depth, width, "relu", "he_normal", batchnorm, 0, 0, 0, 0, false, optimizer, 100, 0.1, 0,
                "spirals");
    }
}
