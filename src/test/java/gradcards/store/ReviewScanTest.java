package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradcards.srs.CardState;
import gradcards.srs.Parameters;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import gradcards.study.Calibration;
import gradcards.study.ReviewTally;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SQL summary of the review log gives the same statistics as feeding every row, in zones with odd offsets too. */
class ReviewScanTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void sqlBucketsAndPredictionsAgreeWithTheRowByRowTally() {
        Random rnd = new Random(11);
        List<ReviewRow> rows = new ArrayList<>();
        CardState[] states = CardState.values();
        for (int i = 0; i < 3000; i++) {
            Instant at = NOW.minusSeconds(rnd.nextInt(60 * 86_400)).minusMillis(rnd.nextInt(1000));
            rows.add(new ReviewRow("c" + rnd.nextInt(60), at, Rating.of(1 + rnd.nextInt(4)),
                    states[rnd.nextInt(states.length)], 0.1 + rnd.nextDouble() * 30, 5, at, 0, 0, 1000, "study"));
        }
        rows.sort(Comparator.comparing(ReviewRow::reviewedAt)); // ids in time order, as a learner makes them
        for (String zone : List.of("UTC", "Asia/Seoul", "Asia/Kolkata", "Asia/Kathmandu")) {
            StudyDay day = new StudyDay(ZoneId.of(zone), 4);
            try (Database db = Database.openInMemory()) {
                db.importReviews(rows);
                ReviewTally sql = new ReviewTally(day, NOW, Parameters.defaults());
                ReviewScan.buckets(db, day.startOf(day.dateOf(NOW)).atZone(java.time.ZoneOffset.UTC).getMinute(),
                        sql::addBucket);
                ReviewScan.predictions(db, sql::addPrediction);
                ReviewTally byRow = new ReviewTally(day, NOW, Parameters.defaults());
                List<StoredReview> all = new ArrayList<>();
                db.forEachReview(all::add);
                all.sort(Comparator.comparing((StoredReview r) -> r.review().cardId()).thenComparingLong(StoredReview::id));
                for (StoredReview r : all) {
                    byRow.add(r.review().cardId(), r.review().reviewedAt().toEpochMilli(), r.review().rating().value(),
                            r.review().stateBefore().code(), r.review().stability());
                }
                assertThat(sql.perDay()).as(zone).isEqualTo(byRow.perDay());
                Calibration a = sql.calibration();
                Calibration b = byRow.calibration();
                assertThat(a.reviews()).isEqualTo(b.reviews()).isPositive();
                assertThat(a.count()).containsExactly(b.count());
                assertThat(a.logLoss()).isCloseTo(b.logLoss(), within(1e-6));
            }
        }
    }
}
