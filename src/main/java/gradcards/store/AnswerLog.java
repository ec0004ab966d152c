package gradcards.store;

import gradcards.srs.Memory;
import gradcards.srs.Review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers as one truth under concurrency: each write reads the card's current memory and stores the review and the
 * new memory in one immediate (write-locked) transaction, so two processes on one database never compute from stale
 * state. Undo and re-rating touch a review only while it is still the card's latest.
 */
public final class AnswerLog {
    /** A stored answer: its review id and the review (the memory it was computed from, and the memory after). */
    public record Saved(long reviewId, Review review) {
    }

    /** At most limit cards may have their first review in [from, to): what the daily new-card limit counts. */
    public record NewCardCap(Instant from, Instant to, int limit) {
    }

    private final Connection conn;
    private final String name;
    private final String mode;

    AnswerLog(Connection conn, String name, String mode) {
        this.conn = conn;
        this.name = name;
        this.mode = mode;
    }

    /**
     * In one write transaction: reads the card's memory (empty when never studied), computes the review from it and
     * stores the review and its memory after. Empty, storing nothing, when the card is new and cap is reached.
     */
    public Optional<Saved> answer(String cardId, Function<Optional<Memory>, Review> compute, long durationMs,
                                  NewCardCap cap) {
        return answer(cardId, compute, durationMs, cap, null);
    }

    /** As answer, keeping what the learner gave as the wrong-answer notebook's last answer (null or "": nothing). */
    public Optional<Saved> answer(String cardId, Function<Optional<Memory>, Review> compute, long durationMs,
                                  NewCardCap cap, String given) {
        return Sql.inTransaction(conn, name, () -> {
            Optional<Memory> current = memory(cardId);
            if (cap != null && current.map(Memory::isNew).orElse(true) && newCards(cap) >= cap.limit()) {
                return Optional.empty();
            }
            return Optional.of(store(cardId, compute.apply(current), durationMs, given));
        });
    }

    /**
     * Replaces an answer by another computed from the memory before it, in one transaction, if reviewId is still the
     * card's latest review; empty (nothing changed) when another answer to the card came since.
     */
    public Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                                   long durationMs) {
        return replace(reviewId, cardId, previous, compute, durationMs, null);
    }

    /** As replace, keeping what the learner gave. */
    public Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                                   long durationMs, String given) {
        return Sql.inTransaction(conn, name, () -> {
            if (!isLatest(reviewId, cardId)) return Optional.empty();
            delete(reviewId, cardId, previous);
            return Optional.of(store(cardId, compute.apply(previous), durationMs, given));
        });
    }

    /**
     * Takes back an answer in one transaction, restoring the card's previous memory, if it is still the card's latest
     * review; false (nothing changed) when another answer to the card came since.
     */
    public boolean undo(long reviewId, String cardId, Memory previous) {
        return Sql.inTransaction(conn, name, () -> {
            if (!isLatest(reviewId, cardId)) return false;
            delete(reviewId, cardId, previous);
            return true;
        });
    }

    /** The card's current memory, empty when never studied. */
    public Optional<Memory> current(String cardId) {
        try {
            return memory(cardId);
        } catch (SQLException e) {
            throw Sql.failure(name, e);
        }
    }

    /** How many cards were introduced (a study answer with state before New) in [from, to); quiz answers leave New cards New. */
    public int newCardsBetween(Instant from, Instant to) {
        try {
            return newCards(new NewCardCap(from, to, 0));
        } catch (SQLException e) {
            throw Sql.failure(name, e);
        }
    }

    private Saved store(String cardId, Review review, long durationMs, String given) throws SQLException {
        long id;
        try (PreparedStatement ps = conn.prepareStatement(Rows.INSERT_REVIEW, Statement.RETURN_GENERATED_KEYS)) {
            Rows.bindReview(ps, ReviewRow.of(cardId, review, durationMs, mode));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (!review.after().equals(review.before())) { // an answer that leaves the card as it is (quiz: New stays New,
            try (PreparedStatement ps = conn.prepareStatement(Rows.UPSERT_MEMORY)) { // --no-schedule) stores no memory
                Rows.bindMemory(ps, cardId, review.after());
                ps.executeUpdate();
            }
        }
        ExamRecords.note(conn, name, cardId, review.reviewedAt(), review.rating() != gradcards.srs.Rating.AGAIN, given);
        return new Saved(id, review);
    }

    private void delete(long reviewId, String cardId, Memory previous) throws SQLException {
        run("DELETE FROM review_log WHERE id = ? AND card_id = ?", List.of(reviewId, cardId));
        if (previous.isNew()) {
            run("DELETE FROM card_state WHERE card_id = ?", List.of(cardId));
        } else {
            try (PreparedStatement ps = conn.prepareStatement(Rows.UPSERT_MEMORY)) {
                Rows.bindMemory(ps, cardId, previous);
                ps.executeUpdate();
            }
        }
        ExamRecords.renote(conn, name, cardId);
    }

    private boolean isLatest(long reviewId, String cardId) throws SQLException {
        List<Long> ids = longs("SELECT max(id) FROM review_log WHERE card_id = ?", List.of(cardId));
        return !ids.isEmpty() && ids.get(0) != null && ids.get(0) == reviewId;
    }

    private Optional<Memory> memory(String cardId) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT * FROM card_state WHERE card_id = ?", List.of(cardId));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(Rows.memory(rs)) : Optional.empty();
        }
    }

    private int newCards(NewCardCap cap) throws SQLException {
        List<Long> n = longs("SELECT count(DISTINCT card_id) FROM review_log"
                + " WHERE reviewed_at >= ? AND reviewed_at < ? AND state_before = 'New' AND mode = 'study'",
                List.of(Instants.format(cap.from()), Instants.format(cap.to())));
        return n.get(0).intValue();
    }

    private List<Long> longs(String sql, List<?> args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long v = rs.getLong(1);
                out.add(rs.wasNull() ? null : v);
            }
        }
        return out;
    }

    private void run(String sql, List<?> args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, List<?> args) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }
}
