package gradcards.store;

import gradcards.i18n.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** JDBC plumbing for Database: statements with arguments, transactions, and user-facing failures. */
final class Sql {
    private Sql() {
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Consumes the current row. */
    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs work in one write transaction (BEGIN IMMEDIATE), committing it or rolling it back. */
    static <T> T inTransaction(Connection conn, String db, Work<T> work) {
        T result;
        try {
            conn.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(db, e);
        }
        try {
            result = work.run();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            // the first failure is the one to tell: after a failed commit (disk full) SQLite has rolled back already,
            // and the rollback and the return to auto-commit then fail with "no transaction is active"
            try {
                conn.rollback();
            } catch (SQLException later) {
                e.addSuppressed(later);
            }
            try {
                conn.setAutoCommit(true);
            } catch (SQLException later) {
                e.addSuppressed(later);
            }
            if (e instanceof SQLException sql) throw failure(db, sql);
            throw (RuntimeException) e;
        }
        try {
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(db, e);
        }
        return result;
    }

    /** Runs a query and hands each row to the action. */
    static void forEach(Connection conn, String db, String sql, List<?> args, RowAction action) {
        try (PreparedStatement ps = prepare(conn, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) action.accept(rs);
        } catch (SQLException e) {
            throw failure(db, e);
        }
    }

    /** Runs an insert, update or delete and returns the number of rows changed. */
    static int update(Connection conn, String db, String sql, List<?> args) {
        try (PreparedStatement ps = prepare(conn, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(db, e);
        }
    }

    private static PreparedStatement prepare(Connection conn, String sql, List<?> args) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }

    /** The one-line error for a failed database operation. */
    static StoreException failure(String db, Exception e) {
        if (e instanceof StoreException) return (StoreException) e;
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("SQLITE_BUSY") || msg.contains("database is locked")) {
            return new StoreException(Text.of(db + "이(가) 사용 중입니다: 다른 gradcards가 "
                    + Database.BUSY_TIMEOUT_MS / 1000 + "초 넘게 잠가 두었습니다 (다시 시도하세요)", db
                    + " is busy: another gradcards kept it locked for more than " + Database.BUSY_TIMEOUT_MS / 1000
                    + " s (try again)"), e);
        }
        if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database")) {
            return new StoreException(Text.of(db + "은(는) gradcards 데이터베이스가 아닙니다 (--db로 .sqlite 파일이나 새 경로를 지정하세요)",
                    db + " is not a gradcards database (use --db with a .sqlite file or a new path)"), e);
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
            return new StoreException(Text.of(db + "이(가) 손상되었습니다: 백업을 되살리세요 (gradcards backup restore FILE),"
                    + " 또는 이 파일을 다른 곳으로 옮겨 두고 새로 시작하세요", db + " is damaged (SQLite finds it malformed):"
                    + " restore a backup (gradcards backup restore FILE), or move this file aside and start afresh"), e);
        }
        if (msg.contains("SQLITE_READONLY") || msg.contains("readonly")) {
            return new StoreException(Text.of(db + "에 쓸 수 없습니다: 파일이나 그 폴더가 읽기 전용입니다 (쓰기 가능하게 하거나"
                    + " --db로 다른 경로를 지정하세요)", "cannot write " + db + ": the file or its folder is read-only"
                    + " (make them writable, or use --db with another path)"), e);
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("SQLITE_IOERR") || msg.contains("no transaction is active")) {
            return new StoreException(Text.of(db + "에 쓰지 못했습니다: 디스크가 가득 찼거나 입출력 오류입니다 (공간을 비우고"
                    + " 다시 하세요; 그전에 저장된 답은 남아 있습니다)", "could not write " + db + ": the disk is full or"
                    + " failing (free some space and try again; answers saved before are kept)"), e);
        }
        if (msg.contains("SQLITE_CANTOPEN")) {
            return new StoreException(Text.of(db + "을(를) 열 수 없습니다: 경로와 권한을 확인하거나 --db로 다른 경로를 지정하세요",
                    "cannot open " + db + ": check the path and its permissions, or use --db with another path"), e);
        }
        return new StoreException(Text.of(db + "의 데이터베이스 오류입니다 (--debug로 자세히 보고, 되풀이되면 알려 주세요)",
                "database error in " + db + " (run again with --debug for details, and report it if it repeats)"), e);
    }
}
