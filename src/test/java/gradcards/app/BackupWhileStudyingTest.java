package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.Backups;
import gradcards.store.Database;
import gradcards.store.StoredReview;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while a second gradcards process answers cards as fast as it can: every backup opens, passes
 * PRAGMA integrity_check, and holds every review committed before it started.
 */
class BackupWhileStudyingTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void backupsTakenDuringAnotherProcesssAnswersAreConsistent() throws Exception {
        Path db = tmp.resolve("busy.sqlite");
        assertThat(new TestEnv("").run("--db", db.toString(), "config", "set", "new-per-day", "9999")).isZero();
        Process child = startStudy(db);
        CountDownLatch warmedUp = new CountDownLatch(10);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        Thread learner = new Thread(() -> converse(child, warmedUp, stop, answered), "learner");
        learner.start();
        int backups = 0;
        int firstCount = -1;
        int lastCount;
        try (Database parent = Database.open(db)) {
            warmedUp.await();
            Backups store = new Backups(parent, db);
            do {
                List<StoredReview> committed = reviews(parent);
                if (firstCount < 0) firstCount = committed.size();
                Path copy = store.now(T0.plusSeconds(backups), t -> t.atZone(ZoneOffset.UTC).toLocalDate()).path();
                assertThat(copy).exists();
                assertThat(integrity(copy)).as("integrity of backup %d", backups).isEqualTo("ok");
                try (Database b = Database.open(copy)) {
                    assertThat(reviews(b)).as("backup %d holds every review committed before it", backups)
                            .containsAll(committed);
                }
                backups++;
                lastCount = reviews(parent).size();
            } while ((backups < 3 || lastCount < firstCount + 20) && learner.isAlive());
        } finally {
            stop.set(true);
            learner.join();
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(backups).isGreaterThanOrEqualTo(3);
        assertThat(lastCount).as("the other process kept answering while the backups were taken")
                .isGreaterThanOrEqualTo(firstCount + 20);
    }

    private static Process startStudy(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "gradcards.app.Main",
                "--db", db.toString(), "--now", T0.toString(), "--plain", "--lang", "en", "study");
        pb.environment().put("TZ", "UTC");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Answers every prompt at once (right or wrong does not matter), until told to stop; then quits. */
    private static void converse(Process p, CountDownLatch warmedUp, AtomicBoolean stop, AtomicInteger answered) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.contains("q quit")) continue;
                if (stop.get()) {
                    in.println("q");
                    break;
                }
                boolean rating = line.contains("default rating");
                in.println(rating ? "" : line.contains("1–4") ? "3" : line.contains("O/X") ? "O"
                        : line.contains("type the answer") ? "relu" : "");
                if (rating) {
                    answered.incrementAndGet();
                    warmedUp.countDown();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            while (warmedUp.getCount() > 0) warmedUp.countDown(); // never leave the test waiting
        }
    }

    private static List<StoredReview> reviews(Database d) {
        List<StoredReview> out = new ArrayList<>();
        d.forEachReview(out::add);
        return out;
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
