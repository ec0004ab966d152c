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

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, with D0(1) = w4. */
    @Test
    void initialDifficultyFollowsTheExponentialFormula() {
        assertThat(Fsrs.initialDifficulty(w, Rating.AGAIN)).isEqualTo(6.4133);
        double expected = 6.4133 - Math.exp(3 * 0.8334) + 1;
        assertThat(Fsrs.initialDifficulty(w, Rating.EASY)).isCloseTo(expected, within(1e-8)).isLessThan(1);
    }

    /** Again raises D, Easy lowers it, and it stays in [1, 10]. */
    @Test
    void nextDifficultyMovesWithGradeAndStaysInBounds() {
        assertThat(Fsrs.nextDifficulty(w, 5, Rating.AGAIN)).isGreaterThan(5);
        assertThat(Fsrs.nextDifficulty(w, 5, Rating.EASY)).isLessThan(5);
        assertThat(Fsrs.nextDifficulty(w, 10, Rating.AGAIN)).isLessThanOrEqualTo(10);
        assertThat(Fsrs.nextDifficulty(w, 1, Rating.EASY)).isEqualTo(1);
    }

    /** Success: S' = S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·h·b), so Hard < Good < Easy. */
    @Test
    void stabilityAfterSuccessMatchesFormulaAndOrdersGrades() {
        double s = 10;
        double d = 5;
        double r = 0.8;
        double good = 10 * (1 + Math.exp(1.8722) * 6 * Math.pow(10, -0.1666) * (Math.exp(0.2 * 0.796) - 1));
        assertThat(Fsrs.stabilityAfterSuccess(w, d, s, r, Rating.GOOD)).isCloseTo(good, within(1e-7));
        assertThat(Fsrs.stabilityAfterSuccess(w, d, s, r, Rating.HARD))
                .isLessThan(Fsrs.stabilityAfterSuccess(w, d, s, r, Rating.GOOD));
        assertThat(Fsrs.stabilityAfterSuccess(w, d, s, r, Rating.EASY))
                .isGreaterThan(Fsrs.stabilityAfterSuccess(w, d, s, r, Rating.GOOD));
    }

    /** A lapse is min(S'_f, S / e^(w17·w18)): the cap binds for an easy card forgotten after 100 years. */
    @Test
    void lapseStabilityIsCappedBySameDayAgain() {
        MemoryState easyCard = new MemoryState(1, 1);
        double r = Fsrs.retrievability(w, 36500, 1);
        assertThat(Fsrs.stabilityAfterLapse(w, 1, 1, r)).isGreaterThan(1 / Math.exp(0.5425 * 0.0912));
        assertThat(Fsrs.nextState(w, easyCard, 36500, Rating.AGAIN, true).stability())
                .isCloseTo(1 / Math.exp(0.5425 * 0.0912), within(1e-8));
        MemoryState hardCard = new MemoryState(10, 8);
        assertThat(Fsrs.nextState(w, hardCard, 10, Rating.AGAIN, true).stability())
                .isEqualTo(Fsrs.stabilityAfterLapse(w, 8, 10, Fsrs.retrievability(w, 10, 10))).isLessThan(10);
    }

    /** Short-term: S·e^(w17·(G−3+w18))·S^(−w19), never below S for Hard, Good, Easy. */
    @Test
    void shortTermStabilityFloorsGrowthAtOneForPasses() {
        double big = 400;
        assertThat(Fsrs.shortTermStability(w, big, Rating.HARD)).isEqualTo(big);
        double expected = 2 * Math.exp(0.5425 * (0.0912)) * Math.pow(2, -0.0658);
        assertThat(Fsrs.shortTermStability(w, 2, Rating.GOOD)).isCloseTo(expected, within(1e-8));
        assertThat(Fsrs.shortTermStability(w, 2, Rating.AGAIN)).isLessThan(2);
    }

    @Test
    void nextStateStartsFromInitialValuesAndRejectsBrokenMemory() {
        MemoryState first = Fsrs.nextState(w, MemoryState.NONE, 0, Rating.EASY, true);
        assertThat(first).isEqualTo(new MemoryState(8.2956, 1));
        assertThatThrownBy(() -> Fsrs.nextState(w, new MemoryState(2, 0.5), 1, Rating.GOOD, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
