package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The FSRS-6 formulas against the spec's vectors V4 and V5 and the identities they are built on. */
class FsrsTest {

    private final Parameters w = Parameters.defaults();

    @Test
    void v4IntervalOfUnitStabilityForRetentionsTenthToOne() {
        long[] expected = {3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        for (int i = 1; i <= 10; i++) {
            long days = Math.max(1, Math.round(Fsrs.interval(w, i / 10.0, 1)));
            assertThat(days).as("r = %d/10", i).isEqualTo(expected[i - 1]);
        }
    }

    @Test
    void v4IntervalWithFsrs5DecayAtRetention90() {
        Parameters v6 = Parameters.of(ReferenceVectors.V6_WEIGHTS);
        assertThat(Fsrs.interval(v6, 0.9, 121.01552)).isCloseTo(121.01551, within(1e-4));
    }

    @Test
    void v5ForgettingCurveWithDecay02() {
        Parameters decay02 = w.with(20, 0.2);
        double[] expected = {1.0, 0.9, 0.84028935, 0.7985001};
        for (int t = 0; t <= 3; t++) {
            assertThat(Fsrs.retrievability(decay02, t, 1)).as("t = %d", t).isCloseTo(expected[t], within(1e-6));
        }
    }

    /** R(S, S) = 0.9 for any stability: the definition of stability. */
    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        for (double s : new double[] {0.5, 2.3065, 17, 400}) {
            assertThat(Fsrs.retrievability(w, s, s)).isCloseTo(0.9, within(1e-7));
        }
    }

    @Test
    void factorAtDefaultDecayAndFsrs5() {
        assertThat(Fsrs.factor(w)).isCloseTo(0.980346, within(1e-6));
        assertThat(Fsrs.factor(w.with(20, 0.5))).isCloseTo(19.0 / 81, within(1e-8));
    }

    /** I(r, S) is a multiple of S: 9.29 at r = 0.70 ... 0.223 at r = 0.97 (spec §1.3). */
    @Test
    void intervalMultiplesOfStabilityAtDefaultDecay() {
        double[][] table = {{0.70, 9.29}, {0.80, 3.32}, {0.85, 1.91}, {0.90, 1.0}, {0.95, 0.403}, {0.97, 0.223}};
        for (double[] row : table) {
            assertThat(Fsrs.interval(w, row[0], 10) / 10).as("r = %s", row[0]).isCloseTo(row[1], within(row[1] * 0.005));
        }
    }

    @Test
    void intervalRejectsRetentionOutsideZeroToOne() {
        assertThatThrownBy(() -> Fsrs.interval(w, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fsrs.interval(w, 1.01, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** S0(G) = max(w[G−1], 0.1): ts-fsrs floors a tiny first stability at 0.1. */
    @Test
    void initialStabilityIsTheWeightFlooredAtATenth() {
        assertThat(Fsrs.initialStability(w, Rating.GOOD)).isEqualTo(2.3065);
        assertThat(Fsrs.initialStability(w.with(0, 0.05), Rating.AGAIN)).isEqualTo(0.1);
    }

    // Reference values below: ts-fsrs 5.4.2 (FSRS-6.0) FSRSAlgorithm over the default weights, computed with
    // node: new FSRSAlgorithm(generatorParameters({})).init_difficulty(g), next_recall_stability(d, s, r, g), …

    /** D0(1) = w4; D0(Easy) before clamping is below 1 (ts-fsrs init_difficulty(4) = −4.7716307). */
    @Test
    void initialDifficultyMatchesTsFsrs() {
        assertThat(Fsrs.initialDifficulty(w, Rating.AGAIN)).isEqualTo(6.4133);
        assertThat(Fsrs.initialDifficulty(w, Rating.EASY)).isCloseTo(-4.7716307, within(1e-7));
    }

    /** Again raises D, Easy lowers it, and it stays in [1, 10]. */
    @Test
    void nextDifficultyMovesWithGradeAndStaysInBounds() {
        assertThat(Fsrs.nextDifficulty(w, 5, Rating.AGAIN)).isCloseTo(8.34176237, within(1e-8));
        assertThat(Fsrs.nextDifficulty(w, 5, Rating.EASY)).isCloseTo(3.31446137, within(1e-8));
        assertThat(Fsrs.nextDifficulty(w, 10, Rating.AGAIN)).isLessThanOrEqualTo(10);
        assertThat(Fsrs.nextDifficulty(w, 1, Rating.EASY)).isEqualTo(1);
    }

    /** Success at D 5, S 10, R 0.8: ts-fsrs next_recall_stability gives Hard < Good < Easy as below. */
    @Test
    void stabilityAfterSuccessMatchesTsFsrs() {
        assertThat(Fsrs.stabilityAfterSuccess(w, 5, 10, 0.8, Rating.HARD)).isCloseTo(37.59130469, within(1e-7));
        assertThat(Fsrs.stabilityAfterSuccess(w, 5, 10, 0.8, Rating.GOOD)).isCloseTo(55.87845807, within(1e-7));
        assertThat(Fsrs.stabilityAfterSuccess(w, 5, 10, 0.8, Rating.EASY)).isCloseTo(95.92576413, within(1e-7));
    }

    /** A lapse is min(S'_f, S / e^(w17·w18)): the cap binds for an easy card forgotten after 100 years. */
    @Test
    void lapseStabilityIsCappedBySameDayAgain() {
        MemoryState easyCard = new MemoryState(1, 1);
        double r = Fsrs.retrievability(w, 36500, 1);
        assertThat(r).isCloseTo(0.19852803, within(1e-8));
        // ts-fsrs next_forget_stability(1, 1, r) = 1.11123653, above the same-day cap: next_state gives 0.951728
        assertThat(Fsrs.stabilityAfterLapse(w, 1, 1, r)).isCloseTo(1.11123653, within(1e-8));
        assertThat(Fsrs.nextState(w, easyCard, 36500, Rating.AGAIN, true).stability())
                .isCloseTo(0.951728, within(1e-8));
        MemoryState hardCard = new MemoryState(10, 8);
        assertThat(Fsrs.nextState(w, hardCard, 10, Rating.AGAIN, true).stability()).isCloseTo(1.35239079, within(1e-8));
    }

    /** Short-term (same-day) stability, never below S for Hard, Good, Easy: ts-fsrs next_short_term_stability. */
    @Test
    void shortTermStabilityFloorsGrowthAtOneForPasses() {
        double big = 400;
        assertThat(Fsrs.shortTermStability(w, big, Rating.HARD)).isEqualTo(big);
        assertThat(Fsrs.shortTermStability(w, 2, Rating.GOOD)).isCloseTo(2.0077488, within(1e-8));
        assertThat(Fsrs.shortTermStability(w, 2, Rating.AGAIN)).isCloseTo(0.67842191, within(1e-8));
    }

    @Test
    void nextStateStartsFromInitialValuesAndRejectsBrokenMemory() {
        MemoryState first = Fsrs.nextState(w, MemoryState.NONE, 0, Rating.EASY, true);
        assertThat(first).isEqualTo(new MemoryState(8.2956, 1));
        assertThatThrownBy(() -> Fsrs.nextState(w, new MemoryState(2, 0.5), 1, Rating.GOOD, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
