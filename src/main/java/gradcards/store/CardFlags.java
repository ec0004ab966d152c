package gradcards.store;

import gradcards.study.Marks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The card_mark table (migration 002): suspended, buried, flagged and leech cards. A card without a row has no marks. */
public final class CardFlags {
    private static final String UPSERT = "INSERT INTO card_mark (card_id, suspended, buried_until, flagged, leech)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (card_id) DO UPDATE SET suspended = excluded.suspended,"
            + " buried_until = excluded.buried_until, flagged = excluded.flagged, leech = excluded.leech";

    private final Database db;

    public CardFlags(Database db) {
        this.db = db;
    }

    /** The marks of every card that has any, by card id. */
    public Map<String, Marks> all() {
        Map<String, Marks> out = new LinkedHashMap<>();
        Sql.forEach(db.connection(), db.name(), "SELECT * FROM card_mark ORDER BY card_id", List.of(),
                rs -> out.put(rs.getString("card_id"), marks(rs)));
        return out;
    }

    /** The marks of one card (NONE when it has none). */
    public Marks of(String cardId) {
        Marks[] found = {Marks.NONE};
        Sql.forEach(db.connection(), db.name(), "SELECT * FROM card_mark WHERE card_id = ?", List.of(cardId),
                rs -> found[0] = marks(rs));
        return found[0];
    }

    /** Stores the marks of one card (a card with no marks loses its row). */
    public void save(String cardId, Marks marks) {
        saveAll(List.of(cardId), id -> marks);
    }

    /** Changes the marks of several cards in one transaction: all of them or none. */
    public void saveAll(Collection<String> cardIds, java.util.function.UnaryOperator<Marks> change) {
        Sql.inTransaction(db.connection(), db.name(), () -> {
            for (String id : cardIds) write(id, change.apply(of(id)));
            return null;
        });
    }

    private void write(String id, Marks m) {
        if (!m.suspended() && !m.flagged() && !m.leech() && m.buriedUntil() == null) {
            Sql.update(db.connection(), db.name(), "DELETE FROM card_mark WHERE card_id = ?", List.of(id));
            return;
        }
        java.util.List<Object> args = new java.util.ArrayList<>();
        args.add(id);
        args.add(m.suspended() ? 1 : 0);
        args.add(Instants.format(m.buriedUntil()));
        args.add(m.flagged() ? 1 : 0);
        args.add(m.leech() ? 1 : 0);
        Sql.update(db.connection(), db.name(), UPSERT, args);
    }

    private static Marks marks(ResultSet rs) throws SQLException {
        return new Marks(rs.getInt("suspended") == 1, Instants.parse(rs.getString("buried_until")),
                rs.getInt("flagged") == 1, rs.getInt("leech") == 1);
    }
}
