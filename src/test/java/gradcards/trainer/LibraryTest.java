package gradcards.trainer;

import gradcards.bench.TrainerBench;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Initialisers, data sets, batch norm in evaluation, early stopping and the spectral norm. */
class LibraryTest {

    private static double variance(double[][] w) {
        double s = 0;
        int n = 0;
        for (double[] row : w) {
            for (double v : row) {
                s += v * v;
                n++;
            }
        }
        return s / n;
    }

    @Test
    void initialisersHaveTheirSpecifiedVariance() {
        SplittableRandom rng = new SplittableRandom(1);
        assertThat(variance(Init.XAVIER.weights(300, 200, rng))).isCloseTo(2.0 / 500, within(2e-4));
        assertThat(variance(Init.STANDARD.weights(300, 200, rng))).isCloseTo(1.0 / 600, within(1e-4));
        assertThat(variance(Init.HE.weights(300, 200, rng))).isCloseTo(2.0 / 200, within(5e-4));
        assertThat(variance(Init.HE.times(2).weights(300, 200, rng))).isCloseTo(4 * 2.0 / 200, within(2e-3));
        assertThat(variance(Init.normal(0.01).weights(300, 200, rng))).isCloseTo(1e-4, within(5e-6));
        assertThat(variance(Init.ZEROS.weights(3, 2, rng))).isZero();
        double limit = Math.sqrt(6.0 / 500);
        for (double[] row : Init.XAVIER.weights(300, 200, rng)) {
            for (double v : row) assertThat(Math.abs(v)).isLessThanOrEqualTo(limit);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xavier_uniform", "standard_uniform", "he_normal", "normal(0.01)", "zeros", "he_normal*2.0"})
    void initCodesRoundTrip(String code) {
        assertThat(Init.parse(code).code()).isEqualTo(code);
    }

    @Test
    void initAliases() {
        assertThat(Init.parse("2*he")).isEqualTo(Init.HE.times(2));
        assertThat(Init.parse("normal0.01")).isEqualTo(Init.normal(0.01));
        assertThatThrownBy(() -> Init.parse("lecun")).hasMessageContaining("allowed");
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activationCodesRoundTrip(Activation a) {
        assertThat(Activation.parse(a.code())).isEqualTo(a);
    }

    /** spirals(128): k = 0..63, r = k/64, θ = 3πr, class 1 = −class 0, N(0, 0.05²) noise. */
    @Test
    void spiralsFollowTheSpec() {
        DataSet d = Datasets.spirals(128);
        assertThat(d.size()).isEqualTo(128);
        double sq = 0;
        for (int k = 0; k < 64; k++) {
            double r = k / 64.0;
            double t = 3 * Math.PI * r;
            double[][] noise = {{d.x()[k][0] - r * Math.cos(t), d.x()[k][1] - r * Math.sin(t)},
                {d.x()[64 + k][0] + r * Math.cos(t), d.x()[64 + k][1] + r * Math.sin(t)}};
            sq += variance(noise) * 4;
            assertThat(d.y()[k][0]).isZero();
            assertThat(d.y()[64 + k][0]).isEqualTo(1.0);
        }
        assertThat(Math.sqrt(sq / 256)).isCloseTo(0.05, within(0.006));
    }

    @Test
    void teacherLabelsFlipAtTheRequestedRate() {
        Datasets.Teacher teacher = Datasets.teacher(8);
        DataSet val = Datasets.teacherVal();
        int flipped = 0;
        for (int n = 0; n < val.size(); n++) {
            if (teacher.label(val.x()[n]) != val.y()[n][0]) flipped++;
        }
        assertThat(flipped / 1000.0).isCloseTo(0.15, within(0.035));
        DataSet clean = Datasets.teacherD05();
        for (int n = 0; n < clean.size(); n++) assertThat(clean.y()[n][0]).isEqualTo(teacher16(clean.x()[n]));
        assertThat(Datasets.teacher(8).w1()[0]).containsExactly(teacher.w1()[0]);
    }

    private static double teacher16(double[] x) {
        return Datasets.teacher(16).label(x);
    }

    @Test
    void batchNormUsesRunningStatisticsInEvaluation() {
        BatchNorm bn = new BatchNorm("bn", 1);
        double[][] z = {{1}, {3}};
        double[][] y = new double[2][1];
        bn.forward(z, y, true);
        assertThat(y[0][0]).isCloseTo(-1 / Math.sqrt(1 + BatchNorm.EPS), within(1e-12));
        // running mean 0.1·2 = 0.2, running (unbiased) variance 0.9·1 + 0.1·2 = 1.1
        bn.forward(z, y, false);
        assertThat(y[1][0]).isCloseTo((3 - 0.2) / Math.sqrt(1.1 + BatchNorm.EPS), within(1e-12));
    }

    @Test
    void earlyStoppingFiresAfterPatienceWithoutImprovement() {
        EarlyStopping es = new EarlyStopping(30);
        double[] val = {5, 4, 3, 3.5, 3.2, 3.1, 3.0};
        boolean stopped = false;
        for (int k = 0; k < val.length && !stopped; k++) stopped = es.observe(10 * k, val[k]);
        assertThat(es.bestStep()).isEqualTo(20);
        assertThat(es.stopStep()).isEqualTo(50);
        assertThat(es.bestLoss()).isEqualTo(3.0);
    }

    @Test
    void spectralNormOfAKnownMatrix() {
        // [[3, 0], [4, 5]] has singular values √45 and √5
        assertThat(Mat.spectralNorm(new double[][] {{3, 0}, {4, 5}})).isCloseTo(Math.sqrt(45), within(1e-12));
    }

    @Test
    void benchmarkMeasuresAPositiveThroughput() {
        assertThat(TrainerBench.gmacs(32, 64, 2, 50_000_000L)).isPositive(); // no speed bound: the machine may be loaded (a timed test is flaky)
    }
}
