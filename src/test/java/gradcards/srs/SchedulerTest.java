package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scheduler behaviour beyond the vectors: study days, step edge cases, preview, replay. */
class SchedulerTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant T0 = Instant.parse("2025-05-01T03:00:00Z");

    private final Scheduler ts = new Scheduler(SchedulerConfig.tsFsrs());

    @Test
    void studyDayStartsAtTheConfiguredHourInTheZone() {
        SchedulerConfig cfg = SchedulerConfig.defaults(SEOUL);
        assertThat(cfg.studyDay(Instant.parse("2024-03-09T18:59:00Z"))).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(cfg.studyDay(Instant.parse("2024-03-09T19:00:00Z"))).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void utcFromMidnightCountsCalendarDatesLikeTsFsrs() {
        SchedulerConfig cfg = SchedulerConfig.tsFsrs();
        assertThat(cfg.elapsedDays(Instant.parse("2024-01-01T23:59:00Z"), Instant.parse("2024-01-02T00:01:00Z")))
                .isEqualTo(1);
        assertThat(cfg.elapsedDays(Instant.parse("2024-01-01T00:01:00Z"), Instant.parse("2024-01-01T23:59:00Z")))
                .isZero();
    }

    /** 08:00 and 10:00 in Seoul are one study day but two UTC dates (23:00Z and 01:00Z). */
    @Test
    void theLearnersDayDecidesSameDayReviews() {
        Instant evening = Instant.parse("2025-05-01T23:00:00Z");
        Instant morning = Instant.parse("2025-05-02T01:00:00Z");
        Memory review = reviewCard(evening, 20, 5);
        Scheduler seoul = new Scheduler(SchedulerConfig.defaults(SEOUL).withFuzz(false));
        Review local = seoul.review("c", review, Rating.GOOD, morning);
        Review utc = ts.review("c", review, Rating.GOOD, morning);
        assertThat(local.elapsedDays()).isZero();
        assertThat(utc.elapsedDays()).isEqualTo(1);
        assertThat(local.after().stability()).as("short-term formula, floored at S").isEqualTo(20);
        assertThat(utc.after().stability()).isGreaterThan(20);
    }

    @Test
    void previewHasAllFourRatingsAndReviewPicksOne() {
        Memory m = reviewCard(T0, 12, 4);
        Instant now = T0.plus(Duration.ofDays(12));
        Map<Rating, Review> p = ts.preview("c", m, now);
        assertThat(p.keySet()).containsExactly(Rating.values());
        for (Rating g : Rating.values()) assertThat(ts.review("c", m, g, now)).isEqualTo(p.get(g));
        assertThat(p.get(Rating.AGAIN).after().state()).isEqualTo(CardState.RELEARNING);
        assertThat(p.get(Rating.AGAIN).after().due()).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(p.get(Rating.AGAIN).after().lapses()).isEqualTo(1);
        assertThat(p.get(Rating.GOOD).after().due()).isEqualTo(now.plus(Duration.ofDays(p.get(Rating.GOOD).scheduledDays())));
        assertThat(p.get(Rating.GOOD).elapsedDays()).isEqualTo(12);
    }

    @Test
    void againWithoutRelearningStepsStaysInReview() {
        Scheduler noSteps = new Scheduler(SchedulerConfig.tsFsrs().withSteps(List.of(), List.of()));
        Review r = noSteps.review("c", reviewCard(T0, 30, 5), Rating.AGAIN, T0.plus(Duration.ofDays(30)));
        assertThat(r.after().state()).isEqualTo(CardState.REVIEW);
        assertThat(r.after().lapses()).isEqualTo(1);
        assertThat(r.scheduledDays()).isPositive();
    }

    /** A step of a day or more puts the card in Review, due after the step (ts-fsrs). */
    @Test
    void aStepOfADayOrMoreIsReviewState() {
        List<Duration> steps = List.of(Duration.ofMinutes(10), Duration.ofDays(1));
        Scheduler dayStep = new Scheduler(SchedulerConfig.tsFsrs().withSteps(steps, steps));
        Review r = dayStep.review("c", Memory.fresh(T0), Rating.GOOD, T0);
        assertThat(r.after().state()).isEqualTo(CardState.REVIEW);
        assertThat(r.after().due()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(r.scheduledDays()).isEqualTo(1);
        assertThat(r.after().step()).isEqualTo(1);
    }

    @Test
    void shortTermOffHasNoStepsAndOrdersAllFour() {
        Scheduler longTerm = new Scheduler(SchedulerConfig.tsFsrs().withShortTerm(false));
        Map<Rating, Review> p = longTerm.preview("c", Memory.fresh(T0), T0);
        for (Review r : p.values()) assertThat(r.after().state()).isEqualTo(CardState.REVIEW);
        assertThat(p.get(Rating.AGAIN).scheduledDays()).isLessThan(p.get(Rating.HARD).scheduledDays());
        assertThat(p.get(Rating.HARD).scheduledDays()).isLessThan(p.get(Rating.GOOD).scheduledDays());
        assertThat(p.get(Rating.GOOD).scheduledDays()).isLessThan(p.get(Rating.EASY).scheduledDays());
        assertThat(p.get(Rating.AGAIN).after().lapses()).as("first rating is no lapse").isZero();
    }

    @Test
    void replayEqualsReviewingOneByOne() {
        List<ReviewEvent> events = new ArrayList<>();
        Memory m = Memory.fresh(T0);
        Rating[] ratings = {Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.EASY};
        Instant at = T0;
        for (Rating g : ratings) {
            events.add(new ReviewEvent(g, at));
            m = ts.review("c", m, g, at).after();
            at = m.due().plus(Duration.ofHours(5));
        }
        assertThat(ts.replay("c", events)).isEqualTo(m);
        assertThat(ts.replayLog("c", events)).hasSize(6).last().extracting(Review::after).isEqualTo(m);
        assertThatThrownBy(() -> ts.replay("c", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock set back before the last review counts as the same day instead of failing. */
    @Test
    void reviewBeforeTheLastReviewCountsAsSameDay() {
        Memory m = reviewCard(T0, 10, 5);
        Review r = ts.review("c", m, Rating.GOOD, T0.minus(Duration.ofDays(3)));
        assertThat(r.elapsedDays()).isZero();
    }

    @Test
    void retrievabilityOfNewCardIsZeroAndDecaysWithTime() {
        assertThat(ts.retrievability(Memory.fresh(T0), T0)).isZero();
        Memory m = reviewCard(T0, 10, 5);
        assertThat(ts.retrievability(m, T0)).isEqualTo(1.0);
        assertThat(ts.retrievability(m, T0.plus(Duration.ofDays(10)))).isEqualTo(0.9);
    }

    /** With fuzz on, cards reviewed alike spread over the §1.6 range instead of clumping on one day. */
    @Test
    void fuzzSpreadsGoodIntervalsAcrossCards() {
        Scheduler fuzzed = new Scheduler(SchedulerConfig.tsFsrs().withFuzz(true));
        Memory m = reviewCard(T0, 100, 5);
        Instant now = T0.plus(Duration.ofDays(100));
        long unfuzzed = ts.review("c", m, Rating.GOOD, now).scheduledDays();
        Fuzz.Range range = Fuzz.range(unfuzzed, 100, 36500);
        Set<Integer> days = new HashSet<>();
        for (int i = 0; i < 200; i++) days.add(fuzzed.review("card-" + i, m, Rating.GOOD, now).scheduledDays());
        assertThat(days).allMatch(range::contains).hasSizeGreaterThan((range.max() - range.min()) / 2);
    }

    @Test
    void configRejectsBadSettings() {
        SchedulerConfig d = SchedulerConfig.defaults(ZoneOffset.UTC);
        assertThatThrownBy(() -> d.withDesiredRetention(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaximumInterval(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withDayStartHour(24)).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.fuzz()).isTrue();
        assertThat(d.dayStartHour()).isEqualTo(4);
    }

    /** A Review-state card last reviewed at the given instant. */
    static Memory reviewCard(Instant last, double stability, double difficulty) {
        Instant due = last.plus(Duration.ofDays(Math.round(stability)));
        return new Memory(CardState.REVIEW, 0, stability, difficulty, due, last, 5, 0);
    }
}
