package gradcards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trainer benchmark measures something; how fast is the bench command's business, not a test's. */
class TrainerBenchTest {
    @Test
    void measuresAPositiveFiniteThroughput() {
        double gmacs = TrainerBench.gmacs(32, 64, 2, 50_000_000L);
        assertThat(gmacs).isPositive().isFinite();
    }

    @Test
    void kernelBenchMeasuresBothKernels() {
        double[] g = KernelBench.compare(8, 4, 1, 1_000_000L);
        assertThat(g).hasSize(2);
        assertThat(g[0]).isPositive().isFinite();
        assertThat(g[1]).isPositive().isFinite();
    }
}
