package gradcards.store;

import java.util.List;

/**
 * The review log summed up in SQL for the statistics, so that no Java object is made per review: answer counts per
 * UTC hour (split at the minute the study day starts, so each bucket lies within one study day), and, for calibration,
 * each answer to a Review card with the time since the card's previous answer and the stability after it.
 */
public final class ReviewScan {
    /** Answers in one bucket starting at atMillis: all, not Again, to Review cards, to Review cards not Again. */
    public interface Bucket {
        void add(long atMillis, int answers, int right, int reviewAnswers, int reviewRight);
    }

    /** One answer to a Review card after an earlier answer to the same card. */
    public interface Prediction {
        void add(double elapsedDays, double previousStability, boolean recalled);
    }

    private ReviewScan() {
    }

    /**
     * Counts per bucket: each UTC hour, split in two at minute `boundaryMinute` (the minute of the hour at which
     * study days start in the learner's zone; 0 for whole-hour zones).
     */
    public static void buckets(Database db, int boundaryMinute, Bucket b) {
        String m = String.format("%02d", Math.max(0, Math.min(59, boundaryMinute)));
        Sql.forEach(db.connection(), db.name(),
                "SELECT substr(reviewed_at, 1, 13), substr(reviewed_at, 15, 2) >= '" + m + "' AS late, count(*),"
                        + " sum(rating <> 1), sum(state_before = 'Review'), sum(state_before = 'Review' AND rating <> 1)"
                        + " FROM review_log GROUP BY 1, 2",
                List.of(), rs -> {
                    long hour = Instants.parse(rs.getString(1) + ":00:00Z").toEpochMilli();
                    long at = rs.getInt(2) == 1 ? hour + Long.parseLong(m) * 60_000L : hour;
                    b.add(at, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
                });
    }

    /** Every answer to a card in the Review state that has an earlier answer, with what the model knew before it. */
    public static void predictions(Database db, Prediction p) {
        Sql.forEach(db.connection(), db.name(),
                // one index seek (review_log_by_card) per Review answer for the card's previous answer: ~6x cheaper
                // than a window function, which sorts and looks up every row of the log
                "SELECT julianday(r.reviewed_at) - julianday(p.reviewed_at), p.stability, r.rating FROM review_log r"
                        + " JOIN review_log p ON p.id = (SELECT max(q.id) FROM review_log q"
                        + " WHERE q.card_id = r.card_id AND q.id < r.id)"
                        + " WHERE r.state_before = 'Review'",
                List.of(), rs -> p.add(rs.getDouble(1), rs.getDouble(2), rs.getInt(3) != 1));
    }
}
