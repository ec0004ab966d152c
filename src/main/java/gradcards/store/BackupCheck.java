package gradcards.store;

import gradcards.i18n.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/** Checks a file before it replaces the database (a gradcards database, intact, a schema this version reads) and restores it. */
final class BackupCheck {
    private BackupCheck() {
    }

    /** Refuses a file that is missing, not a gradcards database, damaged, or from a newer gradcards. */
    static void check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Text.of("백업 파일 " + file + "이(가) 없습니다 ('gradcards backup list'로 확인하세요)", "no backup file " + file + " (see 'gradcards backup list')"));
        }
        checkHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        NativeSqlite.awaitPrepared();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            int version = Migrations.pragma(c, "user_version");
            if (version == 0 || Migrations.pragma(c, "application_id") != Migrations.APPLICATION_ID) {
                throw DatabaseFile.notGradcards(file);
            }
            if (version > Migrations.LATEST) {
                throw new StoreException(Text.of(file + "은(는) 더 새로운 gradcards가 쓴 "
                        + "백업입니다 (스키마 " + version + ", 이 버전은 " + Migrations.LATEST + "까지); gradcards를 업그레이드한 뒤 복원하세요", file + " was written by a newer gradcards (schema " + version + ", this version knows "
                        + Migrations.LATEST + "); upgrade gradcards before restoring it"));
            }
            String integrity = integrity(c);
            if (!integrity.equals("ok")) throw damaged(file, integrity, null);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("CORRUPT") || msg.contains("malformed")) throw damaged(file, "malformed", e);
            throw Sql.failure(file.toString(), e);
        }
    }

    private static void checkHeader(Path file) {
        byte[] head = new byte[16];
        int read;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (java.io.IOException e) {
            throw new StoreException(Text.of(file + "을(를) 읽을 수 없습니다: "
                    + e.getMessage(), "cannot read " + file + ": " + e.getMessage()), e);
        }
        if (read < head.length || !new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3\0")) {
            throw DatabaseFile.notGradcards(file);
        }
    }

    private static StoreException damaged(Path file, String integrity, Throwable cause) {
        String shown = integrity.length() > 80 ? integrity.substring(0, 80) + "…" : integrity;
        return new StoreException(Text.of(file + "이(가) 손상되었습니다 (무결성 검사: " + shown + "); 다른 백업을 고르세요", file + " is damaged (integrity check: " + shown + "); choose another backup"), cause);
    }

    private static String integrity(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) b.append(b.length() == 0 ? "" : "; ").append(rs.getString(1));
            return b.toString();
        }
    }

    /** Copies the checked file over the open database with SQLite's backup API, then brings its schema up to date. */
    static void restoreInto(Database db, Path file) {
        Connection conn = db.connection();
        try {
            int rc = conn.unwrap(SQLiteConnection.class).getDatabase().restore("main", file.toString(), null,
                    Database.BUSY_TIMEOUT_MS / 100, 100, -1);
            if (rc != 0) throw new SQLException("restore failed with SQLite code " + rc);
            Migrations.check(conn, file);
            Migrations.apply(conn);
        } catch (SQLException e) {
            throw Sql.failure(db.name(), e);
        }
    }
}
