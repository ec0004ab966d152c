package gradcards.store;

import gradcards.i18n.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema migrations, db/NNN_name.sql bundled at classpath gradcards/db/, applied in order;
 * PRAGMA user_version counts the applied ones and PRAGMA application_id marks the file as ours.
 */
final class Migrations {
    /**
     * The migration scripts in order; script NNN_name.sql brings the schema to version NNN (numbers are reserved per
     * issue: 002 is issue 9's card marks, 003 issue 8's exam records, 004 issue 10's imported cards).
     */
    static final List<String> SCRIPTS = List.of("001_init.sql", "002_card_marks.sql", "003_exam.sql", "004_user_cards.sql",
            "005_summaries.sql");
    /** The schema version this gradcards writes. */
    static final int LATEST = number(SCRIPTS.get(SCRIPTS.size() - 1));
    /** PRAGMA application_id of a gradcards database: "grad" in ASCII. */
    static final int APPLICATION_ID = 0x67726164;

    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*");

    private Migrations() {
    }

    /** Refuses a database from a newer gradcards or from another program, before anything is written. */
    static void check(Connection conn, Path file) throws SQLException {
        // one snapshot: a gradcards creating the file at the same moment commits its tables and its version together
        conn.setAutoCommit(false);
        try {
            checkSnapshot(conn, file);
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    private static void checkSnapshot(Connection conn, Path file) throws SQLException {
        int version = pragma(conn, "user_version");
        if (version < 0) throw DatabaseFile.notGradcards(file);
        if (version > LATEST) {
            throw new StoreException(Text.of(file + "은(는) 더 새로운 gradcards가 쓴 파일입니다 (스키마 "
                    + version + ", 이 버전은 " + LATEST + "까지); gradcards를 업그레이드하세요", file
                    + " was written by a newer gradcards (schema " + version + ", this version knows " + LATEST
                    + "); upgrade gradcards"));
        }
        boolean foreign = version == 0 ? tableCount(conn) > 0 : pragma(conn, "application_id") != APPLICATION_ID;
        if (foreign) throw DatabaseFile.notGradcards(file);
    }

    /** Applies every migration newer than the database's version, each in its own write transaction. */
    static void apply(Connection conn) throws SQLException {
        int version = pragma(conn, "user_version");
        for (String script : SCRIPTS) {
            if (number(script) > version) applyOne(conn, number(script), script);
        }
    }

    /** The version a script brings the schema to: the number its name starts with. */
    static int number(String script) {
        return Integer.parseInt(script.substring(0, 3));
    }

    private static void applyOne(Connection conn, int n, String script) throws SQLException {
        conn.setAutoCommit(false); // BEGIN IMMEDIATE: another gradcards may be migrating the same file
        try (Statement st = conn.createStatement()) {
            if (pragma(conn, "user_version") < n) {
                for (String sql : statements(script(script))) st.execute(sql);
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + n);
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /**
     * The statements of a script: comments removed, split at semicolons (no ';' in strings), except inside a
     * {@code CREATE TRIGGER … BEGIN … END}, whose body's statements stay with it.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder trigger = null;
        for (String part : COMMENT.matcher(script).replaceAll("").split(";")) {
            if (part.isBlank()) continue;
            String s = part.strip();
            if (trigger == null && s.regionMatches(true, 0, "CREATE TRIGGER", 0, 14)) trigger = new StringBuilder();
            if (trigger == null) {
                out.add(s);
                continue;
            }
            trigger.append(trigger.length() == 0 ? "" : ";\n").append(s);
            if (s.regionMatches(true, s.length() - 3, "END", 0, 3)) {
                out.add(trigger.toString());
                trigger = null;
            }
        }
        if (trigger != null) throw new IllegalStateException("a trigger without END in a migration script");
        return out;
    }

    /** The text of a bundled migration script. */
    static String script(String name) {
        String resource = "/gradcards/db/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("migration " + resource + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pragma(Connection conn, String name) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int tableCount(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
