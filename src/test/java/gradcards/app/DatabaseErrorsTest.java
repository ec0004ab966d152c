package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, Why-11 (database part): each case is one clear line saying what is wrong and what to do, exit 1. */
class DatabaseErrorsTest {
    @TempDir
    Path dir;

    private static String fails(String... args) {
        TestEnv.Result r = TestEnv.cli(args);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("gradcards: ").doesNotContain("Exception", "SQLITE_", "Index:", "\tat ");
        return r.err();
    }

    @Test
    void anEmptyDbPathSaysSo() {
        assertThat(fails("--db", "", "stats")).contains("--db is empty");
    }

    @Test
    void aDeviceOrAFifoIsRefusedWithoutTouchingIt() throws Exception {
        assertThat(fails("--db", "/dev/null", "stats")).contains("/dev/null is not a regular file");
        assertThat(Path.of("/dev/null-journal")).doesNotExist();
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        assertThat(fails("--db", fifo.toString(), "stats")).contains("is not a regular file"); // no hang
    }

    @Test
    void aNegativeSchemaVersionIsNotAGradcardsDatabase() throws Exception {
        Path db = dir.resolve("neg.sqlite");
        assertThat(TestEnv.cli("--db", db.toString(), "stats").code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = -1");
        }
        assertThat(fails("--db", db.toString(), "stats")).contains("is not a gradcards database");
    }

    @Test
    void aDamagedDatabaseSaysHowToRestoreABackupAndStatsNoLongerExitsZero() throws Exception {
        Path db = dir.resolve("damaged.sqlite");
        assertThat(new TestEnv("\n3\n").run("--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "study")).isZero();
        assertThat(TestEnv.cli("--db", db.toString(), "stats").code()).isZero();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096);
            f.write(new byte[4096 * 3]); // the pages after the header page: the tables' roots
            for (int i = 0; i < 4096 * 3; i++) f.write(0xff);
        }
        Files.deleteIfExists(dir.resolve("damaged.sqlite-wal"));
        for (String lang : new String[] {"en", "ko"}) {
            String err = fails("--lang", lang, "--db", db.toString(), "stats");
            assertThat(err).contains("gradcards backup restore");
            // study on a new day: not a "today's backup could not be made (study goes on)" line before the real one
            assertThat(fails("--lang", lang, "--db", db.toString(), "--now", "2026-12-30T09:00:00Z", "study"))
                    .contains("gradcards backup restore").doesNotContain("study goes on", "학습은 계속합니다");
        }
    }
}
