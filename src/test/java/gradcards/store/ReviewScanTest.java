package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gradcards.srs.CardState;
import gradcards.srs.Parameters;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import gradcards.study.Calibration;
import gradcards.study.ReviewTally;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running summaries of the review log (review_slot and review_gap, kept by triggers since schema 5) give the same
 * statistics as feeding every row, in zones with odd offsets too, after answers are deleted (undo), and when an older
 * database is migrated.
 */
class ReviewScanTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final List<String> ZONES = List.of("UTC", "Asia/Seoul", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York");

    static List<ReviewRow> randomRows(long seed, int n) {
        Random rnd = new Random(seed);
        List<ReviewRow> rows = new ArrayList<>();
        CardState[] states = CardState.values();
        for (int i = 0; i < n; i++) {
            Instant at = NOW.minusSeconds(rnd.nextInt(60 * 86_400)).minusMillis(rnd.nextInt(1000));
            rows.add(new ReviewRow("c" + rnd.nextInt(60), at, Rating.of(1 + rnd.nextInt(4)),
                    states[rnd.nextInt(states.length)], rnd.nextInt(20) == 0 ? 0 : 0.1 + rnd.nextDouble() * 30, 5, at,
                    0, 0, 1000, "study"));
        }
        rows.sort(Comparator.comparing(ReviewRow::reviewedAt)); // ids in time order, as a learner makes them
        return rows;
    }

    @Test
    void summariesAgreeWithTheRowByRowTally() {
        try (Database db = Database.openInMemory()) {
            db.importReviews(randomRows(11, 3000));
            assertAgree(db);
        }
    }

    @Test
    void summariesFollowDeletedAnswers() {
        try (Database db = Database.openInMemory()) {
            db.importReviews(randomRows(12, 1500));
            List<StoredReview> all = new ArrayList<>();
            db.forEachReview(all::add);
            Random rnd = new Random(5);
            for (int i = 0; i < 300; i++) { // from the middle of a card's answers as well as its last one
                StoredReview r = all.remove(rnd.nextInt(all.size()));
                db.undoReview(r.id(), r.review().cardId(), gradcards.srs.Memory.fresh(NOW));
            }
            assertAgree(db);
            List<StoredReview> left = new ArrayList<>();
            db.forEachReview(left::add);
            for (StoredReview r : left) db.undoReview(r.id(), r.review().cardId(), gradcards.srs.Memory.fresh(NOW));
            assertThat(count(db, "review_slot")).isZero();
            assertThat(count(db, "review_gap")).isZero();
        }
    }

    @Test
    void migratingASchema4DatabaseFillsTheSummaries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Database db = Database.open(file)) {
            db.importReviews(randomRows(13, 2000));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String t : List.of("review_log_summary_insert", "review_log_gap_insert", "review_log_summary_delete",
                    "review_log_gap_delete", "review_log_no_update", "user_card_changed_insert", "user_card_changed_update",
                    "user_card_changed_delete")) {
                st.execute("DROP TRIGGER " + t);
            }
            for (String t : List.of("review_slot", "review_gap", "user_card_change")) st.execute("DROP TABLE " + t);
            st.execute("PRAGMA user_version = 4"); // as gradcards of schema 4 left it
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(count(db, "review_gap")).isPositive();
            assertAgree(db);
        }
    }

    @Test
    void answersAreNeverEditedInPlace() {
        try (Database db = Database.openInMemory()) {
            db.importReviews(randomRows(14, 10));
            assertThatThrownBy(() -> Sql.update(db.connection(), db.name(), "UPDATE review_log SET rating = 1", List.of()))
                    .hasStackTraceContaining("not updated");
        }
    }

    private static int count(Database db, String table) {
        int[] n = new int[1];
        Sql.forEach(db.connection(), db.name(), "SELECT count(*) FROM " + table, List.of(), rs -> n[0] = rs.getInt(1));
        return n[0];
    }

    private static void assertAgree(Database db) {
        for (String zone : ZONES) {
            StudyDay day = new StudyDay(ZoneId.of(zone), 4);
            ReviewTally slots = new ReviewTally(day, NOW, Parameters.defaults());
            ReviewScan.slots(db, slots::addBucket);
            ReviewTally chosen = new ReviewTally(day, NOW, Parameters.defaults());
            ReviewScan.answers(db, day.zone(), day.startOf(day.dateOf(NOW)), NOW, chosen::addBucket);
            ReviewTally hours = new ReviewTally(day, NOW, Parameters.defaults());
            ReviewScan.buckets(db, day.startOf(day.dateOf(NOW)).atZone(java.time.ZoneOffset.UTC).getMinute(),
                    hours::addBucket);
            Parameters w = Parameters.defaults();
            ReviewScan.calibration(db, gradcards.srs.Fsrs.factor(w), w.decay(), Calibration.BINS, slots::addCalibrationBin);
            ReviewTally byRow = new ReviewTally(day, NOW, w);
            List<StoredReview> all = new ArrayList<>();
            db.forEachReview(all::add);
            all.sort(Comparator.comparing((StoredReview r) -> r.review().cardId()).thenComparingLong(StoredReview::id));
            for (StoredReview r : all) {
                byRow.add(r.review().cardId(), r.review().reviewedAt().toEpochMilli(), r.review().rating().value(),
                        r.review().stateBefore().code(), r.review().stability());
            }
            assertThat(slots.perDay()).as(zone).isEqualTo(byRow.perDay()).isEqualTo(hours.perDay());
            assertThat(chosen.perDay()).as(zone).isEqualTo(byRow.perDay());
            assertThat(slots.counts()).as(zone).containsExactly(byRow.counts()).containsExactly(hours.counts())
                    .containsExactly(chosen.counts());
            if (!zone.equals("America/New_York")) { // one offset over the log: whole days summed in SQL
                ReviewTally days = new ReviewTally(day, NOW, Parameters.defaults());
                ReviewScan.days(db, day.startOf(day.dateOf(NOW)).getEpochSecond(), days::addBucket);
                assertThat(days.perDay()).as(zone).isEqualTo(byRow.perDay());
                assertThat(days.counts()).as(zone).containsExactly(byRow.counts());
            }
            Calibration a = slots.calibration();
            Calibration b = byRow.calibration();
            assertThat(a.reviews()).isEqualTo(b.reviews()).isPositive();
            assertThat(a.count()).containsExactly(b.count());
            for (int i = 0; i < Calibration.BINS; i++) {
                if (b.count()[i] == 0) continue;
                assertThat(a.predicted()[i]).isCloseTo(b.predicted()[i], within(1e-9));
                assertThat(a.observed()[i]).isEqualTo(b.observed()[i]);
            }
            assertThat(a.logLoss()).isCloseTo(b.logLoss(), within(1e-9));
        }
    }
}
