package gradcards.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    static final Instant NOW = Instant.parse("2026-12-10T12:00:00Z");
    static final long DAY = 86_400_000L;
    final StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
    final Parameters w = Parameters.defaults();

    /** The closed-form FSRS-6 curve, written out here independently of the code under test. */
    private double recall(double days, double stability) {
        double decay = w.weights()[20];
        double factor = Math.pow(0.9, -1 / decay) - 1;
        return Math.pow(1 + factor * days / stability, -decay);
    }

    @Test
    void predictsFromTheMemoryBeforeEachReviewAndScoresTheOutcome() {
        long t0 = NOW.toEpochMilli() - 40 * DAY;
        ReviewTally t = new ReviewTally(day, NOW, w);
        // card a: learnt (stability 2), reviewed after 3 days and recalled (stability 10), after 10.5 more days forgotten
        t.add("a", t0, 3, "New", 2.0);
        t.add("a", t0 + 3 * DAY, 3, "Review", 10.0);
        t.add("a", t0 + 3 * DAY + 10 * DAY + DAY / 2, 1, "Review", 1.5);
        // card b: its first answer in the log is a Review answer, but nothing before it is known: not counted
        t.add("b", t0 + 20 * DAY, 3, "Review", 30.0);
        // then a learning-step answer (not a Review card: not counted) and a Review answer 25 days later, recalled
        t.add("b", t0 + 21 * DAY, 3, "Relearning", 7.0);
        t.add("b", t0 + 46 * DAY, 4, "Review", 40.0);
        Calibration c = t.calibration();
        double p1 = recall(3, 2.0);
        double p2 = recall(10.5, 10.0);
        double p3 = recall(25, 7.0);
        assertThat(c.reviews()).isEqualTo(3);
        double loss = -(Math.log(p1) + Math.log(1 - p2) + Math.log(p3)) / 3;
        assertThat(c.logLoss()).isCloseTo(loss, within(1e-6));
        int[] expected = new int[5];
        for (double p : new double[] {p1, p2, p3}) expected[Math.min(4, (int) (p * 5))]++;
        assertThat(c.count()).containsExactly(expected);
        int b2 = Math.min(4, (int) (p2 * 5));
        if (b2 != Math.min(4, (int) (p1 * 5)) && b2 != Math.min(4, (int) (p3 * 5))) {
            assertThat(c.observed()[b2]).isEqualTo(0.0);
            assertThat(c.predicted()[b2]).isCloseTo(p2, within(1e-6));
        }
        assertThat(t.calibration().count()).containsExactly(expected);
    }

    @Test
    void noReviewsNoLoss() {
        Calibration c = new ReviewTally(day, NOW, w).calibration();
        assertThat(c.reviews()).isZero();
        assertThat(c.logLoss()).isNaN();
    }

    @Test
    void currentAndBestStreakFromRandomRunsOfStudyDays() {
        Random rnd = new Random(7);
        for (int round = 0; round < 50; round++) {
            LocalDate today = day.dateOf(NOW);
            List<Integer> runs = new ArrayList<>();
            TreeSet<LocalDate> days = new TreeSet<>();
            LocalDate d = today.minusDays(rnd.nextInt(2)); // the newest run ends today or yesterday
            int lastRun = -1;
            for (int r = 0; r < 1 + rnd.nextInt(5); r++) {
                int len = 1 + rnd.nextInt(9);
                if (lastRun < 0) lastRun = len;
                runs.add(len);
                for (int i = 0; i < len; i++) {
                    days.add(d);
                    d = d.minusDays(1);
                }
                d = d.minusDays(1 + rnd.nextInt(4)); // a gap
            }
            List<StudyStats.Answer> log = new ArrayList<>();
            for (LocalDate s : days) {
                log.add(new StudyStats.Answer(day.startOf(s).plusSeconds(3600), gradcards.srs.Rating.GOOD,
                        gradcards.srs.CardState.NEW));
            }
            StudyStats st = StudyStats.of(List.of(), java.util.Map.of(), log, NOW, day);
            int best = runs.stream().mapToInt(Integer::intValue).max().orElse(0);
            assertThat(st.bestStreak()).isEqualTo(best);
            assertThat(st.streak()).isEqualTo(lastRun);
            assertThat(st.daily().keySet()).containsExactlyElementsOf(days);
        }
    }
}
