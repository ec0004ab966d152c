package gradcards.store;

import java.util.List;

/**
 * One streaming pass over the review log for the statistics: only the five columns they need, grouped by card (oldest
 * answer first within a card), decoded straight into primitives with the hand-written instant decoder, no row objects.
 */
public final class ReviewScan {
    /** Receives one answer; stability is the card's stability after that answer. */
    public interface Visitor {
        void row(String cardId, long atMillis, int rating, String stateBefore, double stability);
    }

    private ReviewScan() {
    }

    /** Streams every review ordered by card, then by id (the review_log_by_card index). */
    public static void scan(Database db, Visitor v) {
        Sql.forEach(db.connection(), db.name(),
                "SELECT card_id, reviewed_at, rating, state_before, stability FROM review_log ORDER BY card_id, id",
                List.of(), rs -> v.row(rs.getString(1), Instants.parse(rs.getString(2)).toEpochMilli(), rs.getInt(3),
                        rs.getString(4), rs.getDouble(5)));
    }
}
