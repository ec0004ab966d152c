package gradcards.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;

/**
 * An Anki collection file (SQLite): reading schema 11 (collection.anki2/.anki21, note types as JSON in col.models)
 * and schema 15-18 (collection.anki21b after decompression, note types in the notetypes and fields tables), and
 * writing schema 11, the format every Anki since 2.1 and AnkiDroid import. Rows are handed over raw; the
 * interop package interprets them.
 */
public final class AnkiCollection {
    /** The newest collection schema this reader knows (Anki 2.1.50+ writes 18). */
    public static final int NEWEST_SCHEMA = 18;

    /** A note type row of schema 15+: id, name and its protobuf config (kind = field 1: 1 is cloze). */
    public record NotetypeRow(long id, String name, byte[] config) {
    }

    /** A card template of a schema 15+ note type: ord, name and its protobuf config (1 = question, 2 = answer format). */
    public record TemplateRow(long notetypeId, int ord, String name, byte[] config) {
    }

    /** A field of a schema 15+ note type. */
    public record FieldRow(long notetypeId, int ord, String name) {
    }

    /** A note: id, guid (raw bytes: some generators write binary guids), note type, tags, fields joined by 0x1f. */
    public record NoteRow(long id, byte[] guid, long notetypeId, long modSecs, String tags, String fields) {
    }

    /** A card: its note, deck, template or cloze ordinal (0-based), scheduling type/queue/due/interval and data. */
    public record CardRow(long id, long noteId, long deckId, int ord, int type, int queue, long due, int ivl,
                          int factor, int reps, int lapses, String data) {
    }

    /** A review log entry: id = milliseconds since the epoch, card, ease 1-4 (0 = manual), intervals, time, type. */
    public record RevlogRow(long id, long cardId, int ease, int ivl, int lastIvl, int factor, int timeMs, int type) {
    }

    /**
     * What a collection holds. modelsJson/decksJson are set for schema 11; notetypes/fields/templates/deckNames for
     * 15+.
     */
    public record Contents(int schema, String modelsJson, String decksJson, List<NotetypeRow> notetypes,
                           List<FieldRow> fields, List<TemplateRow> templates, Map<Long, String> deckNames,
                           List<NoteRow> notes, List<CardRow> cards, List<RevlogRow> revlog) {
    }

    /** What to write: the col row's JSON columns and creation time, and the rows. */
    public record Written(long createdSecs, long modMillis, String conf, String models, String decks, String dconf,
                          List<NoteRow> notes, List<CardRow> cards, List<RevlogRow> revlog) {
    }

    /** The file is not a collection this reader knows; en and ko say why. */
    public static final class BadCollection extends RuntimeException {
        private final String ko;

        BadCollection(String en, String ko, Throwable cause) {
            super(en, cause);
            this.ko = ko;
        }

        public String ko() {
            return ko;
        }
    }

    private AnkiCollection() {
    }

    /** Reads a collection file (opened read-only); BadCollection when it is not one or its schema is unknown. */
    public static Contents read(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        NativeSqlite.awaitPrepared();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            Collation.create(c, "unicase", new Collation() { // Anki's case-insensitive collation of names
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            int schema;
            try {
                schema = single(c, "SELECT ver FROM col");
            } catch (SQLException e) {
                throw new BadCollection("it holds no Anki collection (" + firstLine(e) + ")",
                        "Anki 컬렉션이 아닙니다 (" + firstLine(e) + ")", e);
            }
            if (schema < 11 || schema > NEWEST_SCHEMA) {
                throw new BadCollection("its collection has schema " + schema + ", which gradcards does not know (11–"
                        + NEWEST_SCHEMA + "); export it again from a current Anki",
                        "컬렉션 스키마 " + schema + "은(는) 지원하지 않습니다 (11–" + NEWEST_SCHEMA + "); 최신 Anki에서 다시 내보내세요", null);
            }
            return schema < 15 ? legacy(c, schema) : modern(c, schema);
        } catch (SQLException e) {
            throw new BadCollection("it is not a readable Anki collection (" + firstLine(e) + ")",
                    "읽을 수 있는 Anki 컬렉션이 아닙니다 (" + firstLine(e) + ")", e);
        }
    }

    private static Contents legacy(Connection c, int schema) throws SQLException {
        String models;
        String decks;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT models, decks FROM col")) {
            if (!rs.next()) throw new SQLException("the col table is empty");
            models = rs.getString(1);
            decks = rs.getString(2);
        }
        return new Contents(schema, models, decks, List.of(), List.of(), List.of(), Map.of(), notes(c), cards(c),
                revlog(c));
    }

    private static Contents modern(Connection c, int schema) throws SQLException {
        List<NotetypeRow> types = new ArrayList<>();
        List<FieldRow> fields = new ArrayList<>();
        List<TemplateRow> templates = new ArrayList<>();
        Map<Long, String> decks = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name, config FROM notetypes")) {
                while (rs.next()) types.add(new NotetypeRow(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
            }
            try (ResultSet rs = st.executeQuery("SELECT ntid, ord, name FROM fields")) {
                while (rs.next()) fields.add(new FieldRow(rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
            try (ResultSet rs = st.executeQuery("SELECT ntid, ord, name, config FROM templates")) {
                while (rs.next()) templates.add(new TemplateRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)));
            }
            try (ResultSet rs = st.executeQuery("SELECT id, name FROM decks")) {
                while (rs.next()) decks.put(rs.getLong(1), rs.getString(2).replace("\u001f", "::"));
            }
        }
        return new Contents(schema, null, null, types, fields, templates, decks, notes(c), cards(c), revlog(c));
    }

    private static List<NoteRow> notes(Connection c) throws SQLException {
        List<NoteRow> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id")) {
            while (rs.next()) {
                out.add(new NoteRow(rs.getLong(1), rs.getBytes(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return out;
    }

    private static List<CardRow> cards(Connection c) throws SQLException {
        List<CardRow> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, data FROM cards ORDER BY nid, ord")) {
            while (rs.next()) {
                out.add(new CardRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12)));
            }
        }
        return out;
    }

    private static List<RevlogRow> revlog(Connection c) throws SQLException {
        List<RevlogRow> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")) {
            while (rs.next()) {
                out.add(new RevlogRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)));
            }
        }
        return out;
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) throw new SQLException("the col table is empty");
            return rs.getInt(1);
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.split("\n")[0];
    }

    /** Writes a new schema 11 collection to file (which must not exist yet), as Anki's legacy export does. */
    public static void write(Path file, Written w) {
        try {
            if (Files.exists(file)) throw new IllegalStateException(file + " exists already");
            NativeSqlite.awaitPrepared();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String ddl : SCHEMA_11) st.execute(ddl);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                    ps.setLong(1, w.createdSecs());
                    ps.setLong(2, w.modMillis());
                    ps.setLong(3, w.modMillis());
                    ps.setString(4, w.conf());
                    ps.setString(5, w.models());
                    ps.setString(6, w.decks());
                    ps.setString(7, w.dconf());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")) {
                    for (NoteRow n : w.notes()) {
                        String[] fields = n.fields().split("\u001f", -1);
                        ps.setLong(1, n.id());
                        ps.setString(2, new String(n.guid(), java.nio.charset.StandardCharsets.UTF_8));
                        ps.setLong(3, n.notetypeId());
                        ps.setLong(4, n.modSecs());
                        ps.setString(5, n.tags());
                        ps.setString(6, n.fields());
                        ps.setString(7, stripHtml(fields[0]));
                        ps.setLong(8, checksum(stripHtml(fields[0])));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)")) {
                    for (CardRow r : w.cards()) {
                        Object[] v = {r.id(), r.noteId(), r.deckId(), r.ord(), w.modMillis() / 1000, r.type(), r.queue(),
                            r.due(), r.ivl(), r.factor(), r.reps(), r.lapses(), r.data()};
                        for (int i = 0; i < v.length; i++) ps.setObject(i + 1, v[i]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")) {
                    for (RevlogRow r : w.revlog()) {
                        Object[] v = {r.id(), r.cardId(), r.ease(), r.ivl(), r.lastIvl(), r.factor(), r.timeMs(), r.type()};
                        for (int i = 0; i < v.length; i++) ps.setObject(i + 1, v[i]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
        } catch (SQLException e) {
            throw Sql.failure(file.toString(), e);
        }
    }

    /** Anki's sort-field text: the field without HTML tags. */
    private static String stripHtml(String s) {
        return s.replaceAll("<[^>]*>", "");
    }

    /** Anki's first-field checksum: the first 8 hex digits of the SHA-1 of the stripped field, as a number. */
    static long checksum(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anki's schema 11 (rslib/src/storage/schema11.sql). */
    private static final List<String> SCHEMA_11 = List.of(
            "CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,"
                    + " ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,"
                    + " conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL)",
            "CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,"
                    + " usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,"
                    + " csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL)",
            "CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,"
                    + " mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,"
                    + " due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,"
                    + " lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,"
                    + " flags integer NOT NULL, data text NOT NULL)",
            "CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,"
                    + " ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,"
                    + " type integer NOT NULL)",
            "CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL)",
            "CREATE INDEX ix_notes_usn ON notes (usn)",
            "CREATE INDEX ix_cards_usn ON cards (usn)",
            "CREATE INDEX ix_revlog_usn ON revlog (usn)",
            "CREATE INDEX ix_cards_nid ON cards (nid)",
            "CREATE INDEX ix_cards_sched ON cards (did, queue, due)",
            "CREATE INDEX ix_revlog_cid ON revlog (cid)",
            "CREATE INDEX ix_notes_csum ON notes (csum)");
}
