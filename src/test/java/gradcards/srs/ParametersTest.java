package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter validation, the 17/19 → 21 migration of spec §1.2 and ts-fsrs's config-dependent clipping. */
class ParametersTest {

    @Test
    void defaultsAreTheCurrentFsrs6Weights() {
        Parameters p = Parameters.defaults();
        assertThat(p.weights()).hasSize(21);
        assertThat(p.w(0)).isEqualTo(0.212);
        assertThat(p.decay()).isEqualTo(0.1542);
        assertThat(Parameters.olderDefaults().decay()).isEqualTo(0.2);
    }

    @Test
    void nineteenWeightsGetZeroShortTermPowerAndFsrs5Decay() {
        Parameters p = Parameters.of(ReferenceVectors.V6_WEIGHTS);
        assertThat(Arrays.copyOf(p.weights(), 19)).containsExactly(ReferenceVectors.V6_WEIGHTS);
        assertThat(p.w(19)).isEqualTo(0);
        assertThat(p.w(20)).isEqualTo(0.5);
    }

    /** 17 → 21: w4 += 2·w5, w5 = ln(1 + 3·w5)/3, w6 += 0.5, then [0, 0, 0, 0.5]. */
    @Test
    void seventeenWeightsAreMigratedByTheFsrs4Rule() {
        double[] v4 = Arrays.copyOf(ReferenceVectors.V6_WEIGHTS, 17);
        v4[4] = 5;
        Parameters p = Parameters.of(v4);
        assertThat(p.w(4)).isCloseTo(5 + 2 * v4[5], within(1e-8));
        assertThat(p.w(5)).isCloseTo(Math.log(1 + 3 * v4[5]) / 3, within(1e-8));
        assertThat(p.w(6)).isCloseTo(v4[6] + 0.5, within(1e-8));
        assertThat(Arrays.copyOfRange(p.weights(), 17, 21)).containsExactly(0, 0, 0, 0.5);
        assertThat(p.w(3)).isEqualTo(v4[3]);
    }

    @Test
    void otherLengthsAreRejected() {
        assertThatThrownBy(() -> Parameters.of(new double[20]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17, 19 or 21").hasMessageContaining("20");
        assertThatThrownBy(() -> new Parameters(Arrays.copyOf(Parameters.defaults().weights(), 19)))
                .hasMessageContaining("expected 21");
    }

    @Test
    void everyOutOfBoundWeightIsReportedInOneMessage() {
        double[] w = Parameters.defaults().weights();
        w[4] = 11;
        w[16] = 0.5;
        w[20] = Double.NaN;
        assertThatThrownBy(() -> Parameters.of(w)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("w4 = 11.0 is outside [1.0, 10.0]")
                .hasMessageContaining("w16 = 0.5 is outside [1.0, 6.0]")
                .hasMessageContaining("w20 = NaN is not a finite number");
    }

    @Test
    void weightsAreCopiedInAndOut() {
        double[] w = Parameters.defaults().weights();
        Parameters p = new Parameters(w);
        w[0] = 99;
        p.weights()[1] = 99;
        assertThat(p).isEqualTo(Parameters.defaults()).hasSameHashCodeAs(Parameters.defaults());
    }

    @Test
    void shortTermRaisesAZeroShortTermPowerToOneHundredth() {
        SchedulerConfig cfg = SchedulerConfig.tsFsrs().withParameters(Parameters.of(ReferenceVectors.V6_WEIGHTS));
        assertThat(cfg.effectiveParameters().w(19)).isEqualTo(0.01);
        assertThat(cfg.withShortTerm(false).effectiveParameters().w(19)).isEqualTo(0);
    }

    /** With n > 1 relearning steps, w17 and w18 are capped (ts-fsrs 5.4.2 clipParameters(older weights, 2) = 0.2408617). */
    @Test
    void severalRelearningStepsCapW17AndW18() {
        Parameters old = Parameters.olderDefaults();
        List<Duration> two = List.of(Duration.ofMinutes(10), Duration.ofMinutes(60));
        SchedulerConfig cfg = SchedulerConfig.defaults(ZoneOffset.UTC).withParameters(old).withSteps(two, two);
        double ceiling = 0.2408617;
        assertThat(cfg.effectiveParameters().w(17)).isCloseTo(ceiling, within(1e-8)).isLessThan(old.w(17));
        assertThat(cfg.effectiveParameters().w(18)).isCloseTo(ceiling, within(1e-8));
        assertThat(SchedulerConfig.defaults(ZoneOffset.UTC).withParameters(old).effectiveParameters()).isEqualTo(old);
    }
}
