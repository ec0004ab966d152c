package gradcards.store;

import gradcards.srs.Memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user_card table: the cards a learner imported, and the one-transaction import itself. The table is created by
 * the first import, in its transaction (migration number 004 is reserved for it: once 002 and 003 are in db/, this
 * DDL moves to db/004_imports.sql unchanged; IF NOT EXISTS keeps both paths compatible).
 */
public final class UserCards {
    /** One row per imported card; body is the card in the user-deck JSON format; card_id is namespaced (anki:…). */
    static final String DDL = "CREATE TABLE IF NOT EXISTS user_card (card_id TEXT PRIMARY KEY, deck TEXT NOT NULL,"
            + " position INTEGER NOT NULL, body TEXT NOT NULL, source TEXT NOT NULL) STRICT";
    static final String INDEX = "CREATE INDEX IF NOT EXISTS user_card_by_deck ON user_card (deck, position)";

    private final Connection conn;
    private final String name;

    /** One imported card: its namespaced id, deck, position in the deck, JSON body and the file it came from. */
    public record Row(String cardId, String deck, int position, String body, String source) {
    }

    /** What an import changed: cards added, updated, unchanged; reviews added; memories set. */
    public record Outcome(int added, int updated, int unchanged, int reviews, int memories) {
    }

    UserCards(Connection conn, String name) {
        this.conn = conn;
        this.name = name;
    }

    /** Every imported card, deck by deck in import order. */
    public List<Row> all() {
        List<Row> out = new ArrayList<>();
        if (!exists()) return out;
        Sql.forEach(conn, name, "SELECT card_id, deck, position, body, source FROM user_card ORDER BY deck, position, card_id",
                List.of(), rs -> out.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5))));
        return out;
    }

    /** The ids of the given cards that already have at least one review. */
    public Set<String> reviewed(List<String> cardIds) {
        Set<String> out = new HashSet<>();
        Set<String> wanted = new HashSet<>(cardIds);
        Sql.forEach(conn, name, "SELECT DISTINCT card_id FROM review_log", List.of(), rs -> {
            if (wanted.contains(rs.getString(1))) out.add(rs.getString(1));
        });
        return out;
    }

    /**
     * Imports in one transaction: adds or updates the cards (a card whose body is unchanged is left alone), appends
     * the reviews and sets the memories (the caller passes history only for cards that have none yet). Any failure
     * rolls everything back.
     */
    public Outcome importCards(List<Row> rows, List<ReviewRow> reviews, Map<String, Memory> memories) {
        return Sql.inTransaction(conn, name, () -> {
            try (java.sql.Statement st = conn.createStatement()) {
                st.execute(DDL);
                st.execute(INDEX);
            }
            int added = 0;
            int updated = 0;
            try (PreparedStatement find = conn.prepareStatement("SELECT deck, position, body, source FROM user_card WHERE card_id = ?");
                 PreparedStatement insert = conn.prepareStatement(
                         "INSERT INTO user_card (card_id, deck, position, body, source) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement update = conn.prepareStatement(
                         "UPDATE user_card SET deck = ?, position = ?, body = ?, source = ? WHERE card_id = ?")) {
                for (Row r : rows) {
                    Row old = find(find, r.cardId());
                    if (old == null) {
                        bind(insert, r.cardId(), r.deck(), r.position(), r.body(), r.source());
                        insert.executeUpdate();
                        added++;
                    } else if (!old.equals(r)) {
                        bind(update, r.deck(), r.position(), r.body(), r.source(), r.cardId());
                        update.executeUpdate();
                        updated++;
                    }
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(Rows.INSERT_REVIEW)) {
                for (ReviewRow row : reviews) {
                    Rows.bindReview(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement(Rows.UPSERT_MEMORY)) {
                for (var e : memories.entrySet()) {
                    Rows.bindMemory(ps, e.getKey(), e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new Outcome(added, updated, rows.size() - added - updated, reviews.size(), memories.size());
        });
    }

    private boolean exists() {
        boolean[] found = {false};
        Sql.forEach(conn, name, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'user_card'", List.of(),
                rs -> found[0] = true);
        return found[0];
    }

    private Row find(PreparedStatement find, String id) throws SQLException {
        find.setString(1, id);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? new Row(id, rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)) : null;
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
    }
}
