package gradcards.store;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The mapping between records and rows, one pair of methods per table. */
final class Rows {
    static final String INSERT_REVIEW = "INSERT INTO review_log (card_id, reviewed_at, rating, state_before,"
            + " stability, difficulty, due, elapsed_days, scheduled_days, duration_ms, mode)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String UPSERT_MEMORY = "INSERT INTO card_state (card_id, state, step, stability, difficulty,"
            + " due, last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (card_id) DO UPDATE SET state = excluded.state, step = excluded.step,"
            + " stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
            + " last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses";

    private Rows() {
    }

    /** The memory in the current card_state row. */
    static Memory memory(ResultSet rs) throws SQLException {
        return new Memory(CardState.fromCode(rs.getString("state")), rs.getInt("step"),
                rs.getDouble("stability"), rs.getDouble("difficulty"), Instants.parse(rs.getString("due")),
                Instants.parse(rs.getString("last_review")), rs.getInt("reps"), rs.getInt("lapses"));
    }

    /** Binds the parameters of UPSERT_MEMORY. */
    static void bindMemory(PreparedStatement ps, String cardId, Memory m) throws SQLException {
        ps.setString(1, cardId);
        ps.setString(2, m.state().code());
        ps.setInt(3, m.step());
        ps.setDouble(4, m.stability());
        ps.setDouble(5, m.difficulty());
        ps.setString(6, Instants.format(m.due()));
        ps.setString(7, Instants.format(m.lastReview()));
        ps.setInt(8, m.reps());
        ps.setInt(9, m.lapses());
    }

    /** The review in the current review_log row. */
    static StoredReview storedReview(ResultSet rs) throws SQLException {
        ReviewRow row = new ReviewRow(rs.getString("card_id"), Instants.parse(rs.getString("reviewed_at")),
                Rating.of(rs.getInt("rating")), CardState.fromCode(rs.getString("state_before")),
                rs.getDouble("stability"), rs.getDouble("difficulty"), Instants.parse(rs.getString("due")),
                rs.getInt("elapsed_days"), rs.getInt("scheduled_days"), rs.getLong("duration_ms"), rs.getString("mode"));
        return new StoredReview(rs.getLong("id"), row);
    }

    /** Binds the parameters of INSERT_REVIEW. */
    static void bindReview(PreparedStatement ps, ReviewRow r) throws SQLException {
        ps.setString(1, r.cardId());
        ps.setString(2, Instants.format(r.reviewedAt()));
        ps.setInt(3, r.rating().value());
        ps.setString(4, r.stateBefore().code());
        ps.setDouble(5, r.stability());
        ps.setDouble(6, r.difficulty());
        ps.setString(7, Instants.format(r.due()));
        ps.setInt(8, r.elapsedDays());
        ps.setInt(9, r.scheduledDays());
        ps.setLong(10, r.durationMs());
        ps.setString(11, r.mode());
    }
}
