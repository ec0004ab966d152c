package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gradcards.store.Database;
import gradcards.store.StoredReview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, Why-11: the disk fills up during a study session. The child JVM runs under a file-size limit
 * (prlimit --fsize, RLIMIT_FSIZE: a write past it fails as on a full disk, for root too), so the session's writes
 * really fail part-way. The learner sees one line in their language (before: "cannot commit - no transaction is
 * active"), exit 1, and every answer saved before is still there in a database that checks clean.
 */
class DiskFullSessionTest {
    private static final String ANSWERS = "\n\n3\n\nO\n\nrelu\n\n0.25\n\n\n\n\n\n\n\n\n\n\n\n\n\n";

    @TempDir
    Path tmp;

    @Test
    void aSessionThatFillsTheDiskSaysSoInOneLineAndLosesNoSavedAnswer() throws Exception {
        Path prlimit = Path.of("/usr/bin/prlimit");
        assumeTrue(Files.isExecutable(prlimit), "prlimit (util-linux) is missing: cannot limit the child's file size");
        Path db = tmp.resolve("learner.sqlite");
        assertThat(new TestEnv("\n3\n").run("--db", db.toString(), "--content", ContentErrorsTest.MINI.toString(),
                "--now", "2026-11-30T09:00:00Z", "study")).isZero();
        List<StoredReview> before = reviews(db);
        assertThat(before).hasSize(1);
        assertThat(limited(0, "--db", db.toString(), "stats").code()).as("the native library is in the cache").isZero();
        for (String lang : List.of("en", "ko")) {
            // the -shm needs 32 KiB; the -wal may then hold a few pages, and the database file may not grow
            Result r = limited(40_000, "--lang", lang, "--db", db.toString(), "--content",
                    ContentErrorsTest.MINI.toString(), "--now", "2026-11-30T10:00:00Z", "study"); // the same day: today's backup exists
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("gradcards: ").doesNotContain("SQLITE_", "Exception", "no transaction")
                    .contains(lang.equals("en") ? "could not write " + db + ": the disk is full or failing (free some space"
                            : db + "에 쓰지 못했습니다: 디스크가 가득 찼거나");
        }
        List<StoredReview> after = reviews(db);
        assertThat(after).startsWith(before.toArray(StoredReview[]::new));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(DISTINCT card_id) FROM review_log),"
                    + " (SELECT count(*) FROM card_state)")) {
                rs.next();
                assertThat(rs.getInt(2)).as("every answered card has its memory").isEqualTo(rs.getInt(1));
            }
        }
        TestEnv.Result stats = TestEnv.cli("--db", db.toString(), "--content", ContentErrorsTest.MINI.toString(), "stats");
        assertThat(stats.code()).as("room again: the learner goes on").isZero();
    }

    private record Result(int code, String err) {
    }

    /** Runs gradcards in a child JVM whose files may not grow past bytes (0: no limit). */
    private Result limited(long bytes, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(bytes > 0 ? List.of("/usr/bin/prlimit", "--fsize=" + bytes) : List.of());
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), "gradcards.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_CACHE_HOME", Files.createDirectories(tmp.resolve("cache")).toString());
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("TZ", "UTC");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectInput(Files.writeString(tmp.resolve("answers.txt"), ANSWERS).toFile());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), err);
    }

    private static List<StoredReview> reviews(Path db) {
        List<StoredReview> out = new ArrayList<>();
        try (Database d = Database.open(db)) {
            d.forEachReview(out::add);
        }
        return out;
    }
}
