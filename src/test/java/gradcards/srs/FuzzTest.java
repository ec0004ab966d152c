package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fuzz ranges of spec §1.6 (values of ts-fsrs 5.4.2 {@code get_fuzz_range}) and the deterministic draw. */
class FuzzTest {

    @Test
    void rangeTableOfTheSpecIsReproduced() {
        int[] ivl = {3, 5, 10, 20, 50, 100, 365};
        int[][] expected = {{2, 4}, {4, 6}, {8, 12}, {17, 23}, {46, 54}, {93, 107}, {345, 385}};
        for (int i = 0; i < ivl.length; i++) {
            assertThat(Fuzz.range(ivl[i], 0, 36500)).as("ivl %d", ivl[i])
                    .isEqualTo(new Fuzz.Range(expected[i][0], expected[i][1]));
        }
    }

    /** More ts-fsrs values: min ≥ elapsed + 1 when ivl > elapsed, and the maximum interval cap. */
    @Test
    void elapsedDaysAndMaximumIntervalShapeTheRange() {
        assertThat(Fuzz.range(10, 9, 36500)).isEqualTo(new Fuzz.Range(10, 12));
        assertThat(Fuzz.range(10, 12, 36500)).isEqualTo(new Fuzz.Range(8, 12));
        assertThat(Fuzz.range(100, 99, 36500)).isEqualTo(new Fuzz.Range(100, 107));
        assertThat(Fuzz.range(3, 2, 36500)).isEqualTo(new Fuzz.Range(3, 4));
        assertThat(Fuzz.range(100, 0, 100)).isEqualTo(new Fuzz.Range(93, 100));
        assertThat(Fuzz.range(200, 0, 100)).isEqualTo(new Fuzz.Range(88, 100));
        assertThat(Fuzz.range(7, 0, 36500)).isEqualTo(new Fuzz.Range(5, 9));
    }

    /** delta = 1 + 0.15·(7 − 2.5) + 0.10·(20 − 7) + 0.05·(ivl − 20) beyond 20 days. */
    @Test
    void deltaSumsTheThreeBands() {
        assertThat(Fuzz.delta(2)).isEqualTo(1);
        assertThat(Fuzz.delta(7)).isCloseTo(1 + 0.15 * 4.5, within(1e-12));
        assertThat(Fuzz.delta(100)).isCloseTo(1 + 0.675 + 1.3 + 4, within(1e-12));
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        assertThat(Fuzz.apply(1, 0, 36500, 0.99)).isEqualTo(1);
        assertThat(Fuzz.apply(2, 0, 36500, 0.99)).isEqualTo(2);
    }

    /** u = 0 picks the range's minimum and u → 1 its maximum. */
    @Test
    void drawMapsOntoTheWholeRange() {
        assertThat(Fuzz.apply(100, 0, 36500, 0.0)).isEqualTo(93);
        assertThat(Fuzz.apply(100, 0, 36500, 0.999999)).isEqualTo(107);
        assertThat(Fuzz.apply(100, 0, 36500, 0.5)).isEqualTo(100);
    }

    @Test
    void drawIsDeterministicInUnitIntervalAndVariesWithItsInputs() {
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        assertThat(Fuzz.draw("card", 3, t)).isEqualTo(Fuzz.draw("card", 3, t)).isBetween(0.0, 1.0);
        Set<Double> draws = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            double u = Fuzz.draw("card-" + i, 3, t);
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            draws.add(u);
        }
        assertThat(draws).hasSize(100);
        assertThat(Fuzz.draw("card", 4, t)).isNotEqualTo(Fuzz.draw("card", 3, t));
        assertThat(Fuzz.draw("card", 3, t.plusSeconds(1))).isNotEqualTo(Fuzz.draw("card", 3, t));
        assertThat(Fuzz.draw("card", 3, t.plusMillis(999))).as("sub-second precision is ignored")
                .isEqualTo(Fuzz.draw("card", 3, t));
    }

    /** Over many cards the picks cover the range roughly uniformly (each of 15 days gets 3–11 % of 2,000). */
    @Test
    void picksSpreadOverTheRange() {
        int[] counts = new int[400];
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        for (int i = 0; i < 2000; i++) counts[Fuzz.apply(100, 0, 36500, Fuzz.draw("c" + i, 5, t))]++;
        for (int d = 93; d <= 107; d++) assertThat(counts[d]).as("day %d", d).isBetween(60, 220);
        assertThat(counts[92] + counts[108]).isZero();
    }
}
