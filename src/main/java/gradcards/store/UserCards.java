package gradcards.store;

import gradcards.srs.Memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user_card table (migration 004): the cards a learner imported, and the one-transaction import itself.
 */
public final class UserCards {
    /** Rows per multi-row INSERT: 5 parameters each, far below SQLite's limit of 32,766 parameters. */
    static final int CHUNK = 200;
    /** The page cache of a large import (KiB): 20,000 cards take about 10 MB of pages. */
    static final int IMPORT_CACHE_KIB = 32 * 1024;

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
        Sql.forEach(conn, name, "SELECT card_id, deck, position, body, source FROM user_card ORDER BY deck, position, card_id",
                List.of(), rs -> out.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5))));
        return out;
    }

    /**
     * A token that changes (to a new random value) with every insert, update or delete of an imported card, in the
     * same transaction (schema 5's user_card_change, kept by triggers): what the deck snapshot is keyed by.
     */
    public String changeToken() {
        String[] token = {""};
        Sql.forEach(conn, name, "SELECT hex(token) FROM user_card_change WHERE id = 1", List.of(),
                rs -> token[0] = rs.getString(1));
        return token[0];
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
        int cache = pragma("cache_size");
        setCache(rows.size() > CHUNK ? -IMPORT_CACHE_KIB : cache);
        try {
            return write(rows, reviews, memories);
        } finally {
            setCache(cache);
        }
    }

    /** A large import keeps its pages in memory until the commit instead of spilling them to the WAL half-way. */
    private void setCache(int value) {
        try (java.sql.Statement st = conn.createStatement()) {
            st.execute("PRAGMA cache_size = " + value);
        } catch (SQLException e) {
            throw Sql.failure(name, e);
        }
    }

    private int pragma(String pragma) {
        int[] v = {0};
        Sql.forEach(conn, name, "PRAGMA " + pragma, List.of(), rs -> v[0] = rs.getInt(1));
        return v[0];
    }

    private Outcome write(List<Row> rows, List<ReviewRow> reviews, Map<String, Memory> memories) {
        return Sql.inTransaction(conn, name, () -> {
            Map<String, Row> old = existing();
            List<Row> added = new ArrayList<>();
            List<Row> updated = new ArrayList<>();
            for (Row r : rows) {
                Row o = old.get(r.cardId());
                if (o == null) added.add(r);
                else if (!o.equals(r)) updated.add(r);
            }
            insert(added);
            try (PreparedStatement update = conn.prepareStatement(
                    "UPDATE user_card SET deck = ?, position = ?, body = ?, source = ? WHERE card_id = ?")) {
                for (Row r : updated) {
                    bind(update, 0, r.deck(), r.position(), r.body(), r.source(), r.cardId());
                    update.addBatch();
                }
                if (!updated.isEmpty()) update.executeBatch();
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
            return new Outcome(added.size(), updated.size(), rows.size() - added.size() - updated.size(), reviews.size(),
                    memories.size());
        });
    }

    /** Every stored row by id, read in one query (a per-row lookup cost a statement round trip per card). */
    private Map<String, Row> existing() {
        Map<String, Row> out = new HashMap<>();
        for (Row r : all()) out.put(r.cardId(), r);
        return out;
    }

    /** New rows, CHUNK per statement: one native step per chunk instead of one per card. */
    private void insert(List<Row> rows) throws SQLException {
        String one = "(?, ?, ?, ?, ?)";
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Row> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                String sql = "INSERT INTO user_card (card_id, deck, position, body, source) VALUES "
                        + String.join(", ", java.util.Collections.nCopies(part.size(), one));
                PreparedStatement ps;
                if (part.size() == CHUNK) {
                    if (full == null) full = conn.prepareStatement(sql);
                    ps = full;
                } else {
                    ps = conn.prepareStatement(sql);
                }
                try {
                    for (int i = 0; i < part.size(); i++) {
                        Row r = part.get(i);
                        bind(ps, i * 5, r.cardId(), r.deck(), r.position(), r.body(), r.source());
                    }
                    ps.executeUpdate();
                } finally {
                    if (ps != full) ps.close();
                }
            }
        } finally {
            if (full != null) full.close();
        }
    }

    private static void bind(PreparedStatement ps, int offset, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) ps.setObject(offset + i + 1, values[i]);
    }
}
