package gradcards.demos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmtAndSummaryTest {

    @ParameterizedTest
    @CsvSource({"7.28e-7, 7.3e-7", "1e-5, 1e-5", "0.4228, 0.42", "0.0423, 0.042", "1.7, 1.7", "67.05, 67",
        "1748, 1.7e3", "0, 0", "0.25, 0.25", "1.0, 1", "2.0e-16, 2e-16", "-3.4e-12, -3.4e-12"})
    void twoSignificantDigits(double x, String shown) {
        assertThat(Fmt.num(x)).isEqualTo(shown);
    }

    @Test
    void specialValues() {
        assertThat(Fmt.num(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Fmt.num(Double.NaN)).isEqualTo("NaN");
        assertThat(Fmt.pct(0.4844)).isEqualTo("48%");
    }

    @Test
    void summaryOfSeeds() {
        MultiSeed.Summary s = MultiSeed.Summary.of(new double[] {5, 1, 4, 2, 3, 10});
        assertThat(s.median()).isEqualTo(3.5);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(25.0 / 6);
        assertThat(s.count(v -> v > 3)).isEqualTo(3);
        assertThat(MultiSeed.Summary.of(new double[] {0.5, Double.POSITIVE_INFINITY, 1}).median()).isEqualTo(1);
    }

    @Test
    void multiSeedRunsAreDeterministicAndInSeedOrder() {
        Demo d = DemoCatalog.byId("D04").orElseThrow();
        var runs = MultiSeed.runs(d, 4, 2);
        assertThat(runs).extracting(DemoRun::seed).containsExactly(0L, 1L, 2L, 3L);
        assertThat(runs.get(2).metrics()).isEqualTo(d.run(2, Progress.NONE).metrics());
        assertThat(runs.get(0).metrics().get("w_ratio")).isNotEqualTo(runs.get(1).metrics().get("w_ratio"));
    }
}
