package gradcards.exam;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Card;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast planner (primitive arrays, study days from epoch seconds) against the rule written plainly
 * ({@link PlainExamPlanner}: records, comparators, a date per card) on seeded random learners in zones with and
 * without daylight saving, with instants on and beside the zones' transitions: every field of the plan equal, the
 * planned reviews in the same order; and the readiness forecast against {@link PlainReadiness} on the same learners.
 */
class ExamPlannerReferenceTest {
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Seoul"),
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"), ZoneId.of("America/Havana"),
            ZoneOffset.ofHoursMinutes(5, 45));

    @Test
    void theFastPlannerEqualsThePlainRuleOnRandomLearners() {
        Random rnd = new Random(20261202);
        int active = 0;
        for (int round = 0; round < 160; round++) {
            ZoneId zone = ZONES.get(round % ZONES.size());
            StudyDay day = new StudyDay(zone, rnd.nextInt(24));
            LocalDate today = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(730));
            int[] ahead = {1, 2, 7, 8, 9, 20, 21, 45, 120};
            LocalDate exam = today.plusDays(rnd.nextInt(6) == 0 ? -rnd.nextInt(3) : ahead[rnd.nextInt(ahead.length)]);
            List<Card> cards = new ArrayList<>();
            Map<String, Memory> memories = new HashMap<>();
            int size = rnd.nextInt(400);
            List<Instant> edges = transitionsNear(zone, day.startOf(today));
            for (int i = 0; i < size; i++) {
                String id = String.format("c%04d", rnd.nextInt(100_000)) + "-" + i;
                Topic topic = Topic.values()[rnd.nextInt(Topic.values().length)];
                int subject = new int[] {3, 4, 4, 3, 0}[rnd.nextInt(5)];
                Card c = switch (rnd.nextInt(4)) {
                    case 0 -> Cards.mcq(id, topic, subject);
                    case 1 -> Cards.ox(id, topic, subject);
                    case 2 -> Cards.flash(id, topic, subject);
                    default -> Cards.shortAnswer(id, topic, subject);
                };
                cards.add(c);
                Memory m = memory(rnd, day, today, edges, i);
                if (m != null) memories.put(id, m);
            }
            ExamPlanner.Input in = new ExamPlanner.Input(today, exam, day, Parameters.defaults(),
                    0.80 + rnd.nextInt(20) / 100.0, 1 + rnd.nextInt(30), 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 200),
                    rnd.nextInt(10), rnd.nextInt(10), cards, memories);
            ExamPlanner.Plan fast = ExamPlanner.plan(in);
            ExamPlanner.Plan plain = PlainExamPlanner.plan(in);
            String where = "round " + round + " in " + zone + ", " + today + " → " + exam;
            assertThat(fast).as(where).isEqualTo(plain);
            assertThat(fast.todayReviews()).as(where).containsExactlyElementsOf(plain.todayReviews());
            assertThat(new ArrayList<>(fast.planned().entrySet())).as(where)
                    .containsExactlyElementsOf(new ArrayList<>(plain.planned().entrySet()));
            if (fast.active() && !fast.planned().isEmpty()) active++;
            Readiness.Forecast forecast = Readiness.forecast(cards, memories, exam, today, day, in.weights());
            Readiness.Forecast plainForecast = PlainReadiness.forecast(cards, memories, exam, today, day, in.weights());
            assertThat(forecast).as(where).isEqualTo(plainForecast);
            assertThat(new ArrayList<>(forecast.recall().entrySet())).as(where)
                    .containsExactlyElementsOf(new ArrayList<>(plainForecast.recall().entrySet()));
            assertThat(new ArrayList<>(forecast.byTopic().keySet())).as(where)
                    .containsExactlyElementsOf(plainForecast.byTopic().keySet());
            assertThat(new ArrayList<>(forecast.bySubject().keySet())).as(where)
                    .containsExactlyElementsOf(plainForecast.bySubject().keySet());
        }
        assertThat(active).as("rounds with an active plan and planned reviews").isGreaterThan(100);
    }

    @Test
    void studyDayNumbersEqualStudyDayDates() {
        Random rnd = new Random(7);
        for (ZoneId zone : ZONES) {
            for (int hour = 0; hour < 24; hour++) {
                StudyDay day = new StudyDay(zone, hour);
                LocalDate base = LocalDate.of(2026, 12, 1);
                DayIndex index = new DayIndex(day, base);
                List<Instant> probes = new ArrayList<>();
                for (Instant t : transitionsNear(zone, day.startOf(base))) { // the day's start hour on a transition
                    for (int k = -1; k <= 1; k++) probes.add(t.plusSeconds(hour * 3600L + k));
                }
                for (int i = 0; i < 100; i++) {
                    probes.add(Instant.ofEpochSecond(-2_000_000_000L + (long) (rnd.nextDouble() * 6_000_000_000L),
                            rnd.nextInt(3) == 0 ? rnd.nextInt(1_000_000_000) : 0));
                    probes.add(day.startOf(base.plusDays(rnd.nextInt(800) - 400)).plusSeconds(rnd.nextInt(3) - 1));
                }
                for (Instant t : probes) {
                    assertThat(index.of(t)).as(zone + " day start " + hour + ": " + t)
                            .isEqualTo(day.dateOf(t).toEpochDay() - base.toEpochDay());
                }
            }
        }
    }

    @Test
    void recallOfManyCardsAtOneInstantEqualsTheDurationBetweenThem() {
        Random rnd = new Random(11);
        Parameters w = Parameters.defaults();
        for (int i = 0; i < 2000; i++) {
            Instant at = Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(100_000_000), rnd.nextInt(4) == 0
                    ? rnd.nextInt(1_000_000_000) : 0);
            Instant last = at.minusSeconds(rnd.nextInt(200 * 86_400) - 5 * 86_400).plusNanos(rnd.nextInt(3) == 0
                    ? rnd.nextInt(1_000_000_000) : 0);
            Memory m = new Memory(CardState.REVIEW, 0, 0.1 + rnd.nextDouble() * 300, 5, at, last, 3, 0);
            assertThat(new Recall.At(at, w).of(m)).as(at + " after " + last).isEqualTo(PlainExamPlanner.recallAt(m, at, w));
        }
        Memory ancient = new Memory(CardState.REVIEW, 0, 10, 5, Instant.EPOCH, Instant.parse("1700-01-01T00:00:00.5Z"), 3, 0);
        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(new Recall.At(at, w).of(ancient)).isEqualTo(PlainExamPlanner.recallAt(ancient, at, w));
    }

    /** A memory: none (new), New, an intraday learning step, or a review card with its instants sometimes on a transition. */
    private static Memory memory(Random rnd, StudyDay day, LocalDate today, List<Instant> edges, int i) {
        int kind = rnd.nextInt(10);
        Instant morning = day.startOf(today);
        if (kind == 0) return null;
        if (kind == 1) return Memory.fresh(morning);
        if (kind == 2) {
            Instant last = morning.plusSeconds(rnd.nextInt(40_000));
            return new Memory(CardState.LEARNING, 1, 1 + rnd.nextDouble(), 5, last.plusSeconds(600), last, 1, 0);
        }
        double s = rnd.nextInt(8) == 0 ? 0.001 + rnd.nextDouble() : 0.1 + rnd.nextDouble() * (rnd.nextBoolean() ? 30 : 400);
        double d = 1 + rnd.nextDouble() * 9;
        Instant last;
        if (!edges.isEmpty() && rnd.nextInt(4) == 0) {
            last = edges.get(rnd.nextInt(edges.size())).plusSeconds(rnd.nextInt(3) - 1);
        } else {
            last = morning.minusSeconds((long) (rnd.nextDouble() * 400 * 86_400)).plusSeconds(rnd.nextInt(86_400))
                    .plusNanos(rnd.nextInt(3) == 0 ? rnd.nextInt(1_000_000_000) : 0);
        }
        if (last.isAfter(morning.plusSeconds(80_000))) last = morning;
        Instant due;
        if (!edges.isEmpty() && rnd.nextInt(4) == 0) {
            due = edges.get(rnd.nextInt(edges.size())).plusSeconds(rnd.nextInt(3) - 1);
        } else {
            due = last.plusSeconds((long) (s * 86_400 * (0.3 + rnd.nextDouble() * 1.5)));
        }
        if (i % 7 == 0) { // tied gains: the same memory under several ids
            last = morning.minusSeconds(10 * 86_400);
            due = morning.plusSeconds(86_400 * 3);
            s = 12;
            d = 5;
        }
        CardState state = rnd.nextInt(5) == 0 ? CardState.RELEARNING : CardState.REVIEW;
        return new Memory(state, 0, s, d, due, last, 4, 0);
    }

    /** The zone's transitions from about a year before t (at most six; none for a zone without). */
    private static List<Instant> transitionsNear(ZoneId zone, Instant t) {
        List<Instant> out = new ArrayList<>();
        Instant from = t.minusSeconds(400L * 86_400);
        for (ZoneOffsetTransition x = zone.getRules().nextTransition(from); x != null && out.size() < 6;
             x = zone.getRules().nextTransition(x.getInstant())) {
            out.add(x.getInstant());
        }
        return out;
    }
}
