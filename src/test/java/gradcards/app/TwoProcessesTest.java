package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.Memory;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, Why-3: two real `gradcards study` processes on one database, their answers, ratings and undos
 * interleaved prompt by prompt, leave every card's memory equal to a replay of the merged log; no card is
 * introduced twice and the daily new-card limit holds.
 */
class TwoProcessesTest {
    private static final int NEW_PER_DAY = 4;

    @TempDir
    Path tmp;

    @Test
    void interleavedAnswersAndUndosOfTwoProcessesEqualTheReplayOfTheMergedLog() throws Exception {
        Path db = tmp.resolve("shared.sqlite");
        assertThat(new TestEnv("").run("--db", db.toString(), "config", "set", "new-per-day",
                String.valueOf(NEW_PER_DAY))).isZero();
        Random random = new Random(12);
        List<Learner> learners = List.of(new Learner(db), new Learner(db));
        try {
            for (Learner l : learners) l.awaitPrompt();
            for (int i = 0; i < 80; i++) {
                Learner l = learners.get(random.nextInt(2));
                if (l.prompt != null) l.answer(random);
            }
            for (Learner l : learners) l.quit();
        } finally {
            for (Learner l : learners) l.process.destroyForcibly().waitFor();
        }
        assertThat(learners.get(0).inputs + learners.get(1).inputs).isGreaterThan(20);
        assertMatchesReplay(db);
    }

    private static void assertMatchesReplay(Path db) {
        Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC));
        try (Database store = Database.open(db)) {
            Map<String, List<StoredReview>> byCard = new HashMap<>();
            store.forEachReview(r -> byCard.computeIfAbsent(r.review().cardId(), k -> new ArrayList<>()).add(r));
            Map<String, Memory> memories = store.memories();
            assertThat(memories.keySet()).isEqualTo(byCard.keySet());
            int differ = 0;
            for (var e : byCard.entrySet()) {
                List<ReviewEvent> events = e.getValue().stream()
                        .map(x -> new ReviewEvent(x.review().rating(), x.review().reviewedAt())).toList();
                if (!memories.get(e.getKey()).equals(scheduler.replay(e.getKey(), events))) differ++;
                assertThat(e.getValue().stream().filter(x -> x.review().stateBefore().code().equals("New")).count())
                        .as("%s introduced once", e.getKey()).isEqualTo(1);
            }
            assertThat(differ).as("cards whose memory differs from the replay").isZero();
            assertThat(byCard).hasSizeLessThanOrEqualTo(NEW_PER_DAY);
        }
    }

    /** One `gradcards study` child process in scripted mode. */
    private static final class Learner {
        final Process process;
        final BufferedReader out;
        final PrintWriter in;
        String prompt;
        int inputs;

        Learner(Path db) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "gradcards.app.Main", "--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                    "--now", "2026-12-01T09:00:00Z", "--plain", "--lang", "en", "study");
            pb.environment().put("TZ", "UTC");
            pb.redirectErrorStream(true);
            process = pb.start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        }

        /** Reads up to the next prompt (null when the session ended). */
        void awaitPrompt() throws Exception {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("q quit") || line.contains("Enter: back")) {
                    prompt = line;
                    return;
                }
            }
            prompt = null;
        }

        void answer(Random random) throws Exception {
            String reply;
            if (prompt.contains("Enter: back")) reply = "";
            else if (prompt.contains("default rating")) reply = List.of("", "", "1", "2", "3", "4", "u").get(random.nextInt(7));
            else if (prompt.contains("1–4")) reply = String.valueOf(1 + random.nextInt(4));
            else if (prompt.contains("O/X")) reply = random.nextBoolean() ? "O" : "X";
            else if (prompt.contains("type the answer")) reply = List.of("relu", "sigmoid", "1/4", "u").get(random.nextInt(4));
            else reply = random.nextInt(5) == 0 ? "u" : "";
            in.println(reply);
            inputs++;
            awaitPrompt();
        }

        void quit() throws Exception {
            if (prompt != null) in.println("q");
            in.close();
            String line;
            while ((line = out.readLine()) != null) {
                assertThat(line).doesNotContain("Exception");
            }
            assertThat(process.waitFor()).isZero();
        }
    }
}
