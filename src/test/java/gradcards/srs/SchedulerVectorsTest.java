package gradcards.srs;

import static gradcards.srs.Rating.AGAIN;
import static gradcards.srs.Rating.EASY;
import static gradcards.srs.Rating.GOOD;
import static gradcards.srs.Rating.HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's reference vectors V1, V2, V3, V6 and V7 (fuzz off, UTC days from midnight, as ts-fsrs). */
class SchedulerVectorsTest {

    private static final Instant V1_START = Instant.parse("2022-11-29T12:30:00Z");
    private static final List<Rating> V1_RATINGS =
            List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);

    /** V1 per-step table of ts-fsrs 5.4.2: state, S, D, due, days. */
    private static final String[] V1_TABLE = {
        "Learning 2.3065 2.11810397 2022-11-29T12:40:00Z 0",
        "Review 2.3065 2.11121424 2022-12-01T12:40:00Z 2",
        "Review 10.97104786 2.1043314 2022-12-12T12:40:00Z 11",
        "Review 46.31685657 2.09745544 2023-01-27T12:40:00Z 46",
        "Review 162.99981459 2.09058635 2023-07-09T12:40:00Z 163",
        "Review 497.87655983 2.08372413 2024-11-18T12:40:00Z 498",
        "Relearning 6.8904125 7.38320232 2024-11-18T12:50:00Z 0",
        "Relearning 2.15459837 9.12510476 2024-11-18T13:00:00Z 0",
        "Review 2.15459837 9.11120802 2024-11-20T13:00:00Z 2",
        "Review 3.98312343 9.09732518 2024-11-24T13:00:00Z 4",
        "Review 7.23625465 9.08345622 2024-12-01T13:00:00Z 7",
        "Review 12.48304383 9.06960113 2024-12-13T13:00:00Z 12",
        "Review 20.77035737 9.0557599 2025-01-03T13:00:00Z 21"};

    private final Scheduler ts = new Scheduler(SchedulerConfig.tsFsrs());

    @Test
    void v1IntervalHistoryStepByStep() {
        List<Review> log = reviewAtDue(ts, V1_RATINGS);
        for (int i = 0; i < V1_TABLE.length; i++) {
            String[] e = V1_TABLE[i].split(" ");
            Memory m = log.get(i).after();
            assertThat(m.state().code()).as("state %d", i + 1).isEqualTo(e[0]);
            assertThat(m.stability()).as("S %d", i + 1).isCloseTo(Double.parseDouble(e[1]), within(1e-4));
            assertThat(m.difficulty()).as("D %d", i + 1).isCloseTo(Double.parseDouble(e[2]), within(1e-4));
            assertThat(m.due()).as("due %d", i + 1).isEqualTo(Instant.parse(e[3]));
            assertThat(log.get(i).scheduledDays()).as("days %d", i + 1).isEqualTo(Integer.parseInt(e[4]));
        }
    }

    @Test
    void v1LapsesAndRepsAreCounted() {
        Memory last = reviewAtDue(ts, V1_RATINGS).get(12).after();
        assertThat(last.reps()).isEqualTo(13);
        assertThat(last.lapses()).as("only the Again on a Review card is a lapse").isEqualTo(1);
    }

    @Test
    void v2MemoryStateWithShortTerm() {
        Memory m = replayDays(ts, List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD), 0, 0, 1, 3, 8, 21);
        assertThat(m.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(m.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void v2MemoryStateWithShortTermOff() {
        Scheduler longTerm = new Scheduler(SchedulerConfig.tsFsrs().withShortTerm(false));
        Memory m = replayDays(longTerm, List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD), 0, 0, 1, 3, 8, 21);
        assertThat(m.stability()).isCloseTo(53.335106, within(1e-4));
        assertThat(m.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void v3FirstRatingOfANewCard() {
        Map<Rating, Review> p = ts.preview("c", Memory.fresh(V1_START), V1_START);
        double[] s = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d = {6.4133, 5.11217071, 2.11810397, 1};
        int[] days = {0, 0, 0, 8};
        CardState[] states = {CardState.LEARNING, CardState.LEARNING, CardState.LEARNING, CardState.REVIEW};
        for (Rating g : Rating.values()) {
            Review r = p.get(g);
            int i = g.ordinal();
            assertThat(r.after().stability()).as("S %s", g).isCloseTo(s[i], within(1e-4));
            assertThat(r.after().difficulty()).as("D %s", g).isCloseTo(d[i], within(1e-4));
            assertThat(r.scheduledDays()).as("days %s", g).isEqualTo(days[i]);
            assertThat(r.after().state()).as("state %s", g).isEqualTo(states[i]);
        }
        Memory easy = p.get(EASY).after();
        assertThat(ts.retrievability(easy, easy.due())).isCloseTo(0.9024733, within(1e-6));
    }

    @Test
    void v3StepsOfANewCard() {
        Map<Rating, Review> p = ts.preview("c", Memory.fresh(V1_START), V1_START);
        assertThat(p.get(AGAIN).after().due()).isEqualTo(V1_START.plus(Duration.ofMinutes(1)));
        assertThat(p.get(HARD).after().due()).isEqualTo(V1_START.plus(Duration.ofMinutes(6)));
        assertThat(p.get(GOOD).after().due()).isEqualTo(V1_START.plus(Duration.ofMinutes(10)));
        assertThat(p.get(GOOD).after().step()).isEqualTo(1);
    }

    @Test
    void v6MigratedFsrs5ParametersMemoryState() {
        Scheduler v6 = new Scheduler(SchedulerConfig.tsFsrs().withParameters(Parameters.of(ReferenceVectors.V6_WEIGHTS)));
        Memory m = replayDays(v6, List.of(AGAIN, GOOD, GOOD, GOOD, GOOD), 0, 1, 3, 8, 21);
        assertThat(m.stability()).isCloseTo(31.722992, within(1e-4));
        assertThat(m.difficulty()).isCloseTo(7.382128, within(1e-4));
    }

    @Test
    void v6GoodFromAGivenState() {
        Parameters w = Parameters.of(ReferenceVectors.V6_WEIGHTS);
        MemoryState next = Fsrs.nextState(w, new MemoryState(20.925528, 7.005062), 21, GOOD, true);
        assertThat(next.stability()).isCloseTo(40.87456, within(1e-4));
        assertThat(next.difficulty()).isCloseTo(6.9913807, within(1e-4));
    }

    @Test
    void v6NextStatesOfAllFourRatings() {
        Scheduler v6 = new Scheduler(SchedulerConfig.tsFsrs().withParameters(Parameters.of(ReferenceVectors.V6_WEIGHTS)));
        Memory m = replayDays(v6, List.of(AGAIN, GOOD, GOOD, GOOD), 0, 1, 3, 8);
        Map<Rating, Review> p = v6.preview("c", m, m.lastReview().plus(Duration.ofDays(21)));
        double[][] expected = {{2.9691455, 8.000659}, {17.091452, 7.6913934}, {31.722992, 7.382128}, {71.7502, 7.0728626}};
        for (Rating g : Rating.values()) {
            assertThat(p.get(g).after().stability()).as("S %s", g).isCloseTo(expected[g.ordinal()][0], within(1e-4));
            assertThat(p.get(g).after().difficulty()).as("D %s", g).isCloseTo(expected[g.ordinal()][1], within(1e-4));
        }
    }

    @Test
    void v7OlderDefaultsIntervalHistory() {
        Scheduler old = new Scheduler(SchedulerConfig.tsFsrs().withParameters(Parameters.olderDefaults()));
        List<Integer> days = reviewAtDue(old, V1_RATINGS).stream().map(Review::scheduledDays).toList();
        assertThat(days).containsExactly(0, 4, 14, 45, 135, 372, 0, 0, 2, 5, 10, 20, 40);
    }

    @Test
    void v7OlderDefaultsMemoryState() {
        Scheduler old = new Scheduler(SchedulerConfig.tsFsrs().withParameters(Parameters.olderDefaults()));
        Memory m = replayDays(old, List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD, GOOD), 0, 0, 1, 3, 8, 21, 0);
        assertThat(m.stability()).isCloseTo(49.4472, within(1e-4));
        assertThat(m.difficulty()).isCloseTo(6.8271, within(1e-4));
    }

    /** Reviews each rating at the previous due instant, starting at V1's start. */
    static List<Review> reviewAtDue(Scheduler s, List<Rating> ratings) {
        List<Review> log = new ArrayList<>();
        Memory m = Memory.fresh(V1_START);
        for (Rating g : ratings) {
            Review r = s.review("v1", m, g, m.due());
            log.add(r);
            m = r.after();
        }
        return log;
    }

    /** Replays ratings where each is given dt[i] whole days after the previous one. */
    static Memory replayDays(Scheduler s, List<Rating> ratings, int... dt) {
        List<ReviewEvent> events = new ArrayList<>();
        Instant at = V1_START;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(dt[i]));
            events.add(new ReviewEvent(ratings.get(i), at));
        }
        return s.replay("v2", events);
    }
}
