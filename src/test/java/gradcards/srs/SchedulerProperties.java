package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties over 1,000 generated histories each (random ratings, gaps from a minute to 200 days or
 * "at the due time", fuzz and short-term on or off, UTC or Seoul days).
 */
class SchedulerProperties {

    private static final Instant ORIGIN = Instant.parse("2024-01-01T00:00:00Z");

    /** A generated run: settings and a list of (rating, minutes after the previous review; −1 = at due). */
    record Run(boolean fuzz, boolean shortTerm, boolean seoul, long startMinutes, List<Rating> ratings,
               List<Long> gaps) {

        Scheduler scheduler() {
            SchedulerConfig c = seoul ? SchedulerConfig.defaults(ZoneId.of("Asia/Seoul"))
                    : SchedulerConfig.tsFsrs();
            return new Scheduler(c.withFuzz(fuzz).withShortTerm(shortTerm));
        }

        List<Review> log(Scheduler s) {
            List<Review> log = new ArrayList<>();
            Memory m = Memory.fresh(ORIGIN.plus(Duration.ofMinutes(startMinutes)));
            Instant at = m.due();
            for (int i = 0; i < ratings.size(); i++) {
                at = gaps.get(i) < 0 ? m.due() : at.plus(Duration.ofMinutes(gaps.get(i)));
                Review r = s.review("card-" + startMinutes, m, ratings.get(i), at);
                log.add(r);
                m = r.after();
            }
            return log;
        }
    }

    @Provide
    Arbitrary<Run> runs() {
        Arbitrary<Long> gap = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(-1L)),
                Tuple.of(2, Arbitraries.longs().between(0, 59)),
                Tuple.of(2, Arbitraries.longs().between(60, 1439)),
                Tuple.of(3, Arbitraries.longs().between(1440, 200 * 1440)));
        Arbitrary<List<Rating>> ratings = Arbitraries.of(Rating.class).list().ofMinSize(1).ofMaxSize(30);
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.longs().between(0, 525_600), ratings, gap.list().ofSize(30))
                .as(Run::new);
    }

    /** Along every history: 1 ≤ D ≤ 10, 0 < S ≤ 36500 finite, due after the review, counts consistent. */
    @Property(tries = 1000)
    void memoryStaysInBoundsAndDueIsLater(@ForAll("runs") Run run) {
        for (Review r : run.log(run.scheduler())) {
            Memory m = r.after();
            assertThat(m.difficulty()).isBetween(1.0, 10.0);
            assertThat(m.stability()).isGreaterThan(0).isLessThanOrEqualTo(Fsrs.S_MAX);
            assertThat(Double.isFinite(m.stability())).isTrue();
            assertThat(m.due()).isAfter(r.reviewedAt());
            assertThat(m.lastReview()).isEqualTo(r.reviewedAt());
            assertThat(m.reps()).isEqualTo(r.before().reps() + 1);
            assertThat(r.elapsedDays()).isGreaterThanOrEqualTo(0);
        }
    }

    /** For a card in Review state the previewed waits satisfy Again ≤ Hard ≤ Good < Easy. */
    @Property(tries = 1000)
    void reviewPreviewIsOrdered(@ForAll("runs") Run run, @ForAll @IntRange(min = 0, max = 400) int lateDays) {
        Scheduler s = run.scheduler();
        List<Review> log = run.log(s);
        boolean any = log.stream().anyMatch(r -> r.after().state() == CardState.REVIEW);
        Statistics.label("history reaches Review").collect(any)
                .coverage(c -> c.check(true).percentage(pct -> pct > 60));
        for (Review r : log) {
            if (r.after().state() != CardState.REVIEW) continue;
            Instant now = r.after().due().plus(Duration.ofDays(lateDays));
            Map<Rating, Review> p = s.preview("x", r.after(), now);
            Duration again = wait(p, Rating.AGAIN, now);
            Duration hard = wait(p, Rating.HARD, now);
            Duration good = wait(p, Rating.GOOD, now);
            assertThat(again).isLessThanOrEqualTo(hard);
            assertThat(hard).isLessThanOrEqualTo(good);
            assertThat(good).isLessThan(wait(p, Rating.EASY, now));
        }
    }

    /**
     * With fuzz on, Hard, Good and Easy of a Review card lie in the §1.6 range of their unfuzzed interval, unless
     * the ordering bumped them to one day past the rating below (Hard past Again only with short-term off).
     */
    @Property(tries = 1000)
    void fuzzedIntervalsLieInTheirRange(@ForAll("runs") Run run) {
        Scheduler s = new Run(true, run.shortTerm(), run.seoul(), run.startMinutes(), run.ratings(), run.gaps())
                .scheduler();
        for (Review r : new Run(true, run.shortTerm(), run.seoul(), run.startMinutes(), run.ratings(), run.gaps()).log(s)) {
            if (r.before().state() != CardState.REVIEW || r.rating() == Rating.AGAIN) continue;
            Map<Rating, Review> p = s.preview(cardId(run), r.before(), r.reviewedAt());
            assertThat(inRange(s, p.get(Rating.HARD)) || !run.shortTerm() && bumped(p, Rating.HARD, Rating.AGAIN)).as("Hard %s", p).isTrue();
            assertThat(inRange(s, p.get(Rating.GOOD)) || bumped(p, Rating.GOOD, Rating.HARD)).as("Good %s", p).isTrue();
            assertThat(inRange(s, p.get(Rating.EASY)) || bumped(p, Rating.EASY, Rating.GOOD)).as("Easy %s", p).isTrue();
        }
    }

    /** Same inputs, same outputs: two schedulers replaying one history agree on every review. */
    @Property(tries = 1000)
    void schedulingIsDeterministic(@ForAll("runs") Run run) {
        assertThat(run.log(run.scheduler())).isEqualTo(run.log(run.scheduler()));
    }

    /** Fuzz.apply picks inside Fuzz.range for every interval ≥ 3 days, elapsed days and draw. */
    @Property(tries = 1000)
    void fuzzPickIsInsideTheRange(@ForAll @IntRange(min = 3, max = 36500) int ivl,
                                  @ForAll @IntRange(min = 0, max = 40000) int elapsed,
                                  @ForAll @IntRange(min = 3, max = 36500) int maximum,
                                  @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double u) {
        int capped = Math.min(ivl, maximum);
        assertThat(Fuzz.range(capped, elapsed, maximum).contains(Fuzz.apply(capped, elapsed, maximum, u))).isTrue();
        assertThat(Fuzz.range(capped, elapsed, maximum).max()).isLessThanOrEqualTo(maximum);
    }

    private static String cardId(Run run) {
        return "card-" + run.startMinutes();
    }

    private static Duration wait(Map<Rating, Review> p, Rating g, Instant now) {
        return Duration.between(now, p.get(g).after().due());
    }

    private static boolean inRange(Scheduler s, Review r) {
        SchedulerConfig c = s.config();
        long ivl = Math.min(Math.max(1, Math.round(Fsrs.interval(s.weights(), c.desiredRetention(),
                r.after().stability()))), c.maximumInterval());
        if (ivl < 3) return r.scheduledDays() == ivl;
        return Fuzz.range(ivl, r.elapsedDays(), c.maximumInterval()).contains(r.scheduledDays());
    }

    private static boolean bumped(Map<Rating, Review> p, Rating g, Rating lower) {
        return p.get(g).scheduledDays() == p.get(lower).scheduledDays() + 1;
    }
}
