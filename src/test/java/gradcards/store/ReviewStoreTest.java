package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.config.Settings;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.ReviewEvent;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReviewStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final Database db = Database.openInMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDailyReviewLimitCountsOnlyAnswersToReviewCards() {
        Memory after = learning(T0);
        CardState[] before = {CardState.NEW, CardState.LEARNING, CardState.REVIEW, CardState.REVIEW, CardState.RELEARNING};
        for (int i = 0; i < before.length; i++) {
            db.saveReview(ReviewRow.of("c" + i, T0.plusSeconds(i), Rating.GOOD, before[i], after, 0, 0, 1, ReviewRow.STUDY), after);
        }
        assertThat(db.reviewCardAnswersBetween(T0, T0.plusSeconds(60))).isEqualTo(2);
        assertThat(db.reviewCardAnswersBetween(T0.plusSeconds(3), T0.plusSeconds(60))).isEqualTo(1);
        assertThat(db.reviewsBetween(T0, T0.plusSeconds(60), null)).isEqualTo(5);
    }

    @Test
    void aSavedAnswerIsLoggedAndTheCardKeepsItsNewMemory() {
        Memory after = learning(T0);
        ReviewRow row = ReviewRow.of("vg-001", T0, Rating.GOOD, CardState.NEW, after, 0, 0, 4200, ReviewRow.STUDY);

        long id = db.saveReview(row, after);

        assertThat(db.memory("vg-001")).contains(after);
        assertThat(db.memories()).containsExactly(Map.entry("vg-001", after));
        assertThat(db.reviews("vg-001")).containsExactly(new StoredReview(id, row));
    }

    @Test
    void aSchedulerReviewIsStoredAndReadBackAsTheSchedulerLeftIt() {
        Scheduler scheduler = new Scheduler(SchedulerConfig.tsFsrs());
        Review first = scheduler.review("c", Memory.fresh(T0), Rating.GOOD, T0);
        Review second = scheduler.review("c", first.after(), Rating.GOOD, first.after().due());
        db.saveReview(ReviewRow.of("c", first, 3000, ReviewRow.STUDY), first.after());
        db.saveReview(ReviewRow.of("c", second, 2000, ReviewRow.STUDY), second.after());

        assertThat(db.memory("c")).contains(second.after());
        List<ReviewRow> rows = db.reviews("c").stream().map(StoredReview::review).toList();
        assertThat(rows).extracting(ReviewRow::stateBefore).containsExactly(CardState.NEW, CardState.LEARNING);
        assertThat(rows.get(1).due()).isEqualTo(second.after().due());
        assertThat(rows.get(1).scheduledDays()).isEqualTo(second.scheduledDays());
        List<ReviewEvent> events = rows.stream().map(r -> new ReviewEvent(r.rating(), r.reviewedAt())).toList();
        assertThat(scheduler.replay("c", events)).isEqualTo(db.memory("c").orElseThrow());
    }

    @Test
    void undoingTheFirstAnswerLeavesTheCardNeverStudied() {
        Memory after = learning(T0);
        long id = db.saveReview(ReviewRow.of("c", T0, Rating.GOOD, CardState.NEW, after, 0, 0, 1, "study"), after);

        db.undoReview(id, "c", Memory.fresh(T0));

        assertThat(db.memory("c")).isEmpty();
        assertThat(db.reviews("c")).isEmpty();
    }

    @Test
    void undoingALaterAnswerRestoresThePreviousMemory() {
        Memory first = learning(T0);
        Memory second = new Memory(CardState.REVIEW, 0, 2.3065, 2.11, T0.plus(Duration.ofDays(2)), T0.plusSeconds(600), 2, 0);
        long id1 = db.saveReview(ReviewRow.of("c", T0, Rating.GOOD, CardState.NEW, first, 0, 0, 1, "study"), first);
        long id2 = db.saveReview(ReviewRow.of("c", T0.plusSeconds(600), Rating.GOOD, CardState.LEARNING, second,
                0, 2, 1, "study"), second);

        db.undoReview(id2, "c", first);

        assertThat(db.memory("c")).contains(first);
        assertThat(db.reviews("c")).extracting(StoredReview::id).containsExactly(id1);
    }

    @Test
    void undoingAReviewThatIsNotThereFailsAndChangesNothing() {
        Memory after = learning(T0);
        long id = db.saveReview(ReviewRow.of("c", T0, Rating.GOOD, CardState.NEW, after, 0, 0, 1, "study"), after);

        assertThatThrownBy(() -> db.undoReview(id, "other", Memory.fresh(T0))).isInstanceOf(StoreException.class);
        assertThat(db.memory("c")).contains(after);
        assertThat(db.reviews("c")).hasSize(1);
    }

    @Test
    void aFailedMemoryWriteRollsBackTheReviewRow() {
        Memory broken = new Memory(CardState.LEARNING, 1, 1, 5, null, T0, 1, 0); // due is NOT NULL in card_state
        ReviewRow row = new ReviewRow("c", T0, Rating.GOOD, CardState.NEW, 1, 5, T0, 0, 0, 1, "study");

        assertThatThrownBy(() -> db.saveReview(row, broken)).isInstanceOf(StoreException.class);
        assertThat(db.reviews("c")).isEmpty();
        assertThat(db.memory("c")).isEmpty();
    }

    @Test
    void instantsAreStoredAsUtcTextWithMillisecondsSoTextOrderIsTimeOrder() {
        Instant withMillis = Instant.parse("2026-12-01T09:00:00.500Z");
        Instant whole = Instant.parse("2026-12-01T09:00:01Z");
        assertThat(Instants.format(T0)).isEqualTo("2026-12-01T09:00:00.000Z");
        assertThat(Instants.format(withMillis).compareTo(Instants.format(whole))).isNegative();
        assertThat(Instants.parse("2026-12-01T09:00:00Z")).isEqualTo(T0);
    }

    @Test
    void countsOfAnswersAndNewCardsMatchAFilterOverTheLog() {
        List<ReviewRow> rows = randomLog(new Random(7), 3000, 40, 30);
        db.importReviews(rows);
        Instant from = T0.plus(Duration.ofDays(10));
        Instant to = from.plus(Duration.ofDays(1));

        assertThat(db.reviewsBetween(from, to, "study")).isEqualTo(count(rows, from, to, "study"));
        assertThat(db.reviewsBetween(from, to, "quiz")).isEqualTo(count(rows, from, to, "quiz"));
        assertThat(db.reviewsBetween(from, to, null)).isEqualTo(count(rows, from, to, null));
        assertThat(db.newCardsStudiedBetween(from, to)).isEqualTo(rows.stream()
                .filter(r -> in(r, from, to) && r.stateBefore() == CardState.NEW && r.mode().equals("study"))
                .map(ReviewRow::cardId).distinct().count());
        assertThat(count(rows, from, to, null)).isPositive();
    }

    @Test
    void studyDaysAreTheLocalDaysOfEveryAnswerInAnyZone() {
        List<ReviewRow> rows = randomLog(new Random(11), 2000, 20, 60);
        db.importReviews(rows);
        for (String zone : List.of("Asia/Seoul", "Asia/Kolkata", "America/New_York", "UTC")) {
            for (int dayStart : new int[] {0, 4, 23}) {
                Settings s = new Settings(0.9, 20, 200, List.of(), List.of(), true, dayStart, 36500);
                ZoneId z = ZoneId.of(zone);
                Set<LocalDate> expected = new TreeSet<>();
                rows.forEach(r -> expected.add(s.studyDay(r.reviewedAt(), z)));
                gradcards.srs.StudyDay day = new gradcards.srs.StudyDay(z, dayStart); // from the running summaries
                for (Instant now : List.of(rows.get(rows.size() - 1).reviewedAt(), Instant.parse("2027-06-01T00:00:00Z"))) {
                    assertThat(ReviewScan.studyDays(db, day, now)).as(zone + " " + dayStart + " " + now).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void studyDaysSeeAnswersAtTheEdgesOfAnHourAndNoneInAnEmptyLog() {
        assertThat(ReviewScan.studyDays(db, new gradcards.srs.StudyDay(ZoneId.of("UTC"), 4), Instant.now())).isEmpty();
        List<Instant> ats = List.of(Instant.parse("2026-12-01T23:00:00Z"), Instant.parse("2026-12-01T23:59:59.999Z"),
                Instant.parse("2026-12-02T00:00:00Z"), Instant.parse("2026-12-03T18:10:00Z"),
                Instant.parse("2026-12-03T18:20:00Z"), Instant.parse("2026-12-03T18:40:00Z"),
                Instant.parse("2026-12-05T12:30:00Z"));
        List<ReviewRow> rows = new ArrayList<>();
        for (Instant at : ats) rows.add(new ReviewRow("c", at, Rating.GOOD, CardState.REVIEW, 1, 5, at, 1, 1, 1, "quiz"));
        db.importReviews(rows);
        // Kolkata is +05:30, so its day turns at 18:30 UTC: the hour 18Z holds answers of Dec 3 and Dec 4
        Instant now = Instant.parse("2026-12-06T00:00:00Z");
        assertThat(ReviewScan.studyDays(db, new gradcards.srs.StudyDay(ZoneId.of("UTC"), 0), now))
                .containsExactly(day(1), day(2), day(3), day(5));
        assertThat(ReviewScan.studyDays(db, new gradcards.srs.StudyDay(ZoneId.of("Asia/Kolkata"), 0), now))
                .containsExactly(day(2), day(3), day(4), day(5));
    }

    private static LocalDate day(int december) {
        return LocalDate.of(2026, 12, december);
    }

    @Test
    void forEachReviewVisitsEveryRowInIdOrder() {
        db.importReviews(randomLog(new Random(3), 50, 5, 3));
        List<Long> ids = new ArrayList<>();
        db.forEachReview(r -> ids.add(r.id()));
        assertThat(ids).hasSize(50).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void settingsAreSavedOverwrittenAndReset() {
        db.saveSetting("fuzz", "off");
        db.saveSetting("new-per-day", "10");
        db.saveSetting("new-per-day", "30");
        db.resetSetting("fuzz");
        assertThat(db.settings()).containsExactly(Map.entry("new-per-day", "30"));
    }

    private static Memory learning(Instant at) {
        return new Memory(CardState.LEARNING, 1, 2.3065, 2.1181, at.plusSeconds(600), at, 1, 0);
    }

    /** Answers spread over days at random times, some cards answered for the first time (state before New). */
    static List<ReviewRow> randomLog(Random rnd, int n, int cards, int days) {
        List<ReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant at = T0.plusSeconds((long) (rnd.nextDouble() * days * 86_400));
            CardState before = CardState.values()[rnd.nextInt(4)];
            rows.add(new ReviewRow("card-" + rnd.nextInt(cards), at, Rating.of(1 + rnd.nextInt(4)), before,
                    1 + rnd.nextDouble() * 50, 1 + rnd.nextDouble() * 9, at.plus(Duration.ofDays(3)), 1, 3,
                    rnd.nextInt(20_000), rnd.nextInt(5) == 0 ? "quiz" : "study"));
        }
        return rows;
    }

    private static boolean in(ReviewRow r, Instant from, Instant to) {
        return !r.reviewedAt().isBefore(from) && r.reviewedAt().isBefore(to);
    }

    private static long count(List<ReviewRow> rows, Instant from, Instant to, String mode) {
        return rows.stream().filter(r -> in(r, from, to) && (mode == null || mode.equals(r.mode()))).count();
    }
}
