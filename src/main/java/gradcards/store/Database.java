package gradcards.store;

import gradcards.i18n.Text;
import gradcards.srs.Memory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/**
 * The study database: card memories, the review log and the settings, in one SQLite file.
 * Each method runs one query (or one transaction) and is named by the question it answers.
 * One Database wraps one connection: use it from one thread at a time; open one per process or thread.
 */
public final class Database implements AutoCloseable {
    /** How long a writer waits for another gradcards process before giving up. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection conn;
    private final String name;

    private Database(Connection conn, String name) {
        this.conn = conn;
        this.name = name;
    }

    /** Opens (creating if needed) the database file, refusing files that are not gradcards databases. */
    public static Database open(Path file) {
        DatabaseFile.prepare(file);
        NewDatabase.createIfAbsent(file, tmp -> initialise(connect("jdbc:sqlite:" + tmp, file), file).close());
        // Switching a new (empty) file to WAL needs an exclusive lock, and SQLite answers BUSY at once, without its busy
        // handler, when another process is setting up the same file: try again for up to the busy timeout.
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                return initialise(connect("jdbc:sqlite:" + file.toAbsolutePath(), file), file);
            } catch (StoreException e) {
                if (!busy(e) || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(Math.min(100, 5L * attempt)); // back off: another process holds the setup lock
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether a failure was SQLite's BUSY (another connection held the lock). */
    private static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** Checks, switches to WAL and migrates the database behind a fresh connection (closing it on failure). */
    private static Database initialise(Connection conn, Path file) {
        try {
            Migrations.check(conn, file);
            try (Statement st = conn.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL"); // each answer must survive a power cut
            }
            Migrations.apply(conn);
            return new Database(conn, file.toString());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(conn);
            throw e instanceof StoreException ? (StoreException) e : Sql.failure(file.toString(), e);
        }
    }

    /**
     * Loads the SQLite driver and its native library (about 0.1 s on a cold JVM) without touching any file, so that
     * a caller can do it on another core while it reads the decks.
     */
    public static void preload() {
        try (Connection c = org.sqlite.JDBC.createConnection("jdbc:sqlite::memory:", new java.util.Properties())) {
            c.createStatement().close();
        } catch (SQLException | LinkageError e) {
            // the real open reports any problem with the driver
        }
    }

    /** A fresh private database in memory, for tests. */
    public static Database openInMemory() {
        Connection conn = connect("jdbc:sqlite::memory:", Path.of(":memory:"));
        try {
            Migrations.apply(conn);
            return new Database(conn, ":memory:");
        } catch (SQLException e) {
            closeQuietly(conn);
            throw Sql.failure(":memory:", e);
        }
    }

    private static Connection connect(String url, Path file) {
        NativeSqlite.awaitPrepared();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // writers take the lock at BEGIN, so two processes queue instead of deadlocking on lock upgrade
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            // the driver itself: DriverManager's scan for drivers in every jar costs ~10 ms CPU of a cold start
            return org.sqlite.JDBC.createConnection(url, config.toProperties());
        } catch (SQLException e) {
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) { // the driver wraps it
                if (t instanceof org.sqlite.NativeLibraryNotFoundException || t instanceof LinkageError) {
                    throw NativeSqlite.unavailable(e);
                }
            }
            throw Sql.failure(file.toString(), e);
        } catch (LinkageError e) { // the native library was not loaded: no writable folder to unpack it in
            throw NativeSqlite.unavailable(e);
        }
    }

    /** The schema version of this database (PRAGMA user_version). */
    public int schemaVersion() {
        return query("PRAGMA user_version", List.of(), rs -> rs.getInt(1)).get(0);
    }

    /** The memory of every card ever studied, by card id. */
    public Map<String, Memory> memories() {
        Map<String, Memory> out = new LinkedHashMap<>();
        forEach("SELECT * FROM card_state ORDER BY card_id", List.of(),
                rs -> out.put(rs.getString("card_id"), Rows.memory(rs)));
        return out;
    }

    /** The memory of one card, empty when it was never studied. */
    public Optional<Memory> memory(String cardId) {
        return query("SELECT * FROM card_state WHERE card_id = ?", List.of(cardId), Rows::memory)
                .stream().findFirst();
    }

    /** The answer log of one mode ("study" or "quiz"): answers, re-ratings and undos, each read-and-written atomically. */
    public AnswerLog answers(String mode) {
        return new AnswerLog(conn, name, mode);
    }

    /** Logs one answer and stores the card's new memory (null: unchanged) in one transaction; returns the review id. */
    public long saveReview(ReviewRow row, Memory after) {
        return inTransaction(() -> {
            long id = insertReview(row);
            if (after != null) upsertMemory(row.cardId(), after); // null: the answer leaves the card as it is
            ExamRecords.note(conn, name, row.cardId(), row.reviewedAt(), row.rating() != gradcards.srs.Rating.AGAIN, null);
            return id;
        });
    }

    /**
     * Takes back one answer in one transaction: deletes its review row and restores the memory the card had
     * before it. A New previous memory deletes the card's card_state row (never studied again).
     */
    public void undoReview(long reviewId, String cardId, Memory previous) {
        inTransaction(() -> {
            int deleted = update("DELETE FROM review_log WHERE id = ? AND card_id = ?", List.of(reviewId, cardId));
            if (deleted != 1) throw new StoreException(Text.of("되돌릴 수 없습니다: " + cardId + "의 답 " + reviewId
                    + "이(가) " + name + "에 없습니다", "cannot undo: review " + reviewId + " of " + cardId + " is not in " + name));
            if (previous.isNew()) {
                update("DELETE FROM card_state WHERE card_id = ?", List.of(cardId));
            } else {
                upsertMemory(cardId, previous);
            }
            ExamRecords.renote(conn, name, cardId);
            return null;
        });
    }

    /** Appends review rows in one transaction without touching card memories (bulk import, benchmarks). */
    public void importReviews(List<ReviewRow> rows) {
        inTransaction(() -> {
            try (PreparedStatement ps = conn.prepareStatement(Rows.INSERT_REVIEW)) {
                for (ReviewRow row : rows) {
                    Rows.bindReview(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The reviews of one card, oldest first. */
    public List<StoredReview> reviews(String cardId) {
        return query("SELECT * FROM review_log WHERE card_id = ? ORDER BY id", List.of(cardId), Rows::storedReview);
    }

    /** Streams every review, in the order they were given (by id). */
    public void forEachReview(Consumer<StoredReview> action) {
        forEach("SELECT * FROM review_log ORDER BY id", List.of(), rs -> action.accept(Rows.storedReview(rs)));
    }

    /** How many answers were given in [from, to); mode "study", "quiz", or null for both. */
    public int reviewsBetween(Instant from, Instant to, String mode) {
        String sql = "SELECT count(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?"
                + (mode == null ? "" : " AND mode = ?");
        List<Object> args = new ArrayList<>(List.of(Instants.format(from), Instants.format(to)));
        if (mode != null) args.add(mode);
        return query(sql, args, rs -> rs.getInt(1)).get(0);
    }

    /** How many answers in [from, to) by mode (study, quiz, exam). */
    public Map<String, Integer> answersByModeBetween(Instant from, Instant to) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        forEach("SELECT mode, count(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ? GROUP BY mode",
                List.of(Instants.format(from), Instants.format(to)), rs -> out.put(rs.getString(1), rs.getInt(2)));
        return out;
    }

    /** How many answers in [from, to) were reviews of cards in the Review state (what the daily review limit counts). */
    public int reviewCardAnswersBetween(Instant from, Instant to) {
        return query("SELECT count(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ? AND state_before = 'Review'",
                List.of(Instants.format(from), Instants.format(to)), rs -> rs.getInt(1)).get(0);
    }

    /** How many distinct cards were introduced (a study answer with state before New) in [from, to); quiz and exam answers leave New cards New. */
    public int newCardsStudiedBetween(Instant from, Instant to) {
        return query("SELECT count(DISTINCT card_id) FROM review_log"
                        + " WHERE reviewed_at >= ? AND reviewed_at < ? AND state_before = 'New' AND mode = 'study'",
                List.of(Instants.format(from), Instants.format(to)), rs -> rs.getInt(1)).get(0);
    }

    /** Mock exam and quiz history and the wrong-answer notebook (schema 3). */
    public ExamRecords exams() {
        return new ExamRecords(conn, name);
    }

    /** The stored settings (key to text value); a key without a row has its default. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        forEach("SELECT key, value FROM setting ORDER BY key", List.of(), rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** Stores one setting's value (already validated by the caller). */
    public void saveSetting(String key, String value) {
        update("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                List.of(key, value));
    }

    /** Removes a stored setting, so that it takes its default again. */
    public void resetSetting(String key) {
        update("DELETE FROM setting WHERE key = ?", List.of(key));
    }

    /** The cards the learner imported (gradcards import), on this database's connection. */
    public UserCards userCards() {
        return new UserCards(conn, name);
    }

    @Override
    public void close() {
        closeQuietly(conn);
    }

    /** The connection, for the other store classes (CardFlags, Backups) that work on this database. */
    Connection connection() {
        return conn;
    }

    /** The file name used in error messages. */
    String name() {
        return name;
    }

    private long insertReview(ReviewRow row) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(Rows.INSERT_REVIEW, Statement.RETURN_GENERATED_KEYS)) {
            Rows.bindReview(ps, row);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void upsertMemory(String cardId, Memory memory) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(Rows.UPSERT_MEMORY)) {
            Rows.bindMemory(ps, cardId, memory);
            ps.executeUpdate();
        }
    }

    private <T> T inTransaction(Sql.Work<T> work) {
        return Sql.inTransaction(conn, name, work);
    }

    private <T> List<T> query(String sql, List<?> args, Sql.RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        forEach(sql, args, rs -> out.add(mapper.map(rs)));
        return out;
    }

    private void forEach(String sql, List<?> args, Sql.RowAction action) {
        Sql.forEach(conn, name, sql, args, action);
    }

    private int update(String sql, List<?> args) {
        return Sql.update(conn, name, sql, args);
    }

    private static void closeQuietly(Connection conn) {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // closing is best effort: every write was committed already
        }
    }
}
