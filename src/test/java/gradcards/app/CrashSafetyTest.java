package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.ReviewEvent;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SIGKILL in the middle of a scripted session loses nothing answered and never splits a review from its memory. */
class CrashSafetyTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "killed after {0} ratings, {1}")
    @ValueSource(ints = {1, 3, 6})
    void killAfterAcknowledgedAnswersKeepsThemAll(int ratings) throws Exception {
        Path db = tmp.resolve("crash.sqlite");
        int saved = studyAndKill(db, ratings, true);
        assertThat(saved).isEqualTo(ratings);
        assertConsistent(db, ratings, ratings);
    }

    @Test
    void killRacingAWriteLeavesEitherAllOrNothingOfThatAnswer() throws Exception {
        Path db = tmp.resolve("race.sqlite");
        studyAndKill(db, 4, false);
        assertConsistent(db, 3, 4);
    }

    /** Issue 12, Why-4: killed after an answer was graded (the rating prompt is on screen), before any rating. */
    @Test
    void killBetweenGradingAndRatingKeepsTheGradedAnswer() throws Exception {
        Path db = tmp.resolve("graded.sqlite");
        Process p = start(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            int graded = 0;
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.contains("q quit")) continue;
                boolean rating = line.contains("default rating");
                if (rating && graded++ > 0) break; // the 2nd card (mcq) is graded, not rated
                in.println(rating ? "" : answer(line));
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        assertConsistent(db, 2, 2);
    }

    private static Process start(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "gradcards.app.Main",
                "--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", "2026-12-01T09:00:00Z", "--plain", "--lang", "en", "study");
        pb.environment().put("TZ", "UTC");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Runs study in a child JVM, answers prompts, and SIGKILLs it after n ratings (waiting for the next prompt or not). */
    private int studyAndKill(Path db, int n, boolean waitForNextPrompt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "gradcards.app.Main",
                "--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", "2026-12-01T09:00:00Z", "--plain", "--lang", "en", "study");
        pb.environment().put("TZ", "UTC");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        int rated = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.contains("q quit")) continue;
                if (rated == n) break; // the prompt after the n-th rating: it was saved before this was printed
                boolean rating = line.contains("default rating");
                in.println(rating ? "" : answer(line));
                if (rating && ++rated == n && !waitForNextPrompt) break;
            }
        } finally {
            p.destroyForcibly(); // SIGKILL on Linux
            p.waitFor();
        }
        return rated;
    }

    private static String answer(String prompt) {
        if (prompt.contains("1–4")) return "3";
        if (prompt.contains("O/X")) return "O";
        if (prompt.contains("type the answer")) return "relu";
        return "";
    }

    private static void assertConsistent(Path db, int minReviews, int maxReviews) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
        try (Database store = Database.open(db)) {
            Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC));
            int reviews = 0;
            Map<String, gradcards.srs.Memory> memories = store.memories();
            for (var e : memories.entrySet()) {
                List<StoredReview> log = store.reviews(e.getKey());
                assertThat(log).as("reviews of %s", e.getKey()).isNotEmpty();
                reviews += log.size();
                List<ReviewEvent> events = log.stream()
                        .map(x -> new ReviewEvent(x.review().rating(), x.review().reviewedAt())).toList();
                assertThat(e.getValue()).isEqualTo(scheduler.replay(e.getKey(), events));
            }
            int[] total = {0};
            store.forEachReview(x -> {
                total[0]++;
                assertThat(memories).as("memory of reviewed card %s", x.review().cardId()).containsKey(x.review().cardId());
            });
            assertThat(total[0]).isEqualTo(reviews).isBetween(minReviews, maxReviews);
        }
    }
}
