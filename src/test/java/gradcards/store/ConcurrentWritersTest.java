package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two gradcards on one database file (two connections, two threads) never fail with "database is locked". */
class ConcurrentWritersTest {
    private static final int SAVES = 150;
    private static final int ROUNDS = 25;
    private static final int OPENERS = 4;
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void twoWritersOnOneFileBothSucceed() throws Exception {
        Path file = dir.resolve("shared.sqlite");
        List<Long> all = runTwice(file, writer -> {
            List<Long> ids = new ArrayList<>();
            try (Database db = Database.open(file)) {
                for (int i = 0; i < SAVES; i++) {
                    Memory m = new Memory(CardState.LEARNING, 1, 2.3, 2.1, T0.plusSeconds(i), T0, i + 1, 0);
                    ids.add(db.saveReview(ReviewRow.of(writer + "-" + (i % 7), T0.plusSeconds(i), Rating.GOOD,
                            CardState.NEW, m, 0, 0, 10, "study"), m));
                    db.reviewsBetween(T0, T0.plusSeconds(86_400), null); // readers interleave with the writes
                }
            }
            return ids;
        });
        assertThat(all).hasSize(2 * SAVES).doesNotHaveDuplicates();
        try (Database db = Database.open(file)) {
            assertThat(db.reviewsBetween(T0, T0.plusSeconds(86_400), "study")).isEqualTo(2 * SAVES);
            assertThat(db.memories()).hasSize(14);
        }
    }

    @Test
    void twoProcessesCreatingTheSameNewFileBothOpenIt() throws Exception {
        Path file = dir.resolve("fresh.sqlite");
        List<Long> versions = runTwice(file, writer -> {
            try (Database db = Database.open(file)) {
                db.saveSetting("owner-" + writer, "x");
                return List.of((long) db.schemaVersion());
            }
        });
        assertThat(versions).containsOnly((long) Migrations.LATEST);
    }

    /** Issue 12, Why-10: one opener refused a half-made file as "not a gradcards database" (about 1 round in 70). */
    @Test
    void manyOpenersCreatingTheSameNewPathAllUseTheOneDatabase() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            createAtOnce(dir.resolve("new-" + round + ".sqlite"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .as("no temporary file left").isEmpty();
        }
    }

    /** An empty existing file (made by touch) is initialised once too, whoever opens it first. */
    @Test
    void manyOpenersOfTheSameEmptyFileAllUseTheOneDatabase() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            createAtOnce(Files.createFile(dir.resolve("empty-" + round + ".sqlite")));
        }
    }

    private static void createAtOnce(Path file) throws Exception {
        List<Long> versions = run(OPENERS, file, writer -> {
            try (Database db = Database.open(file)) {
                db.saveSetting("owner-" + writer, "x");
                return List.of((long) db.schemaVersion());
            }
        });
        assertThat(versions).containsOnly((long) Migrations.LATEST);
        try (Database db = Database.open(file)) {
            assertThat(db.settings()).as("every opener wrote into the one database").hasSize(OPENERS);
        }
    }

    private interface Writer {
        List<Long> run(String name) throws Exception;
    }

    private static List<Long> runTwice(Path file, Writer writer) throws Exception {
        return run(2, file, writer);
    }

    private static List<Long> run(int writers, Path file, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CyclicBarrier start = new CyclicBarrier(writers);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "w" + w;
                Callable<List<Long>> task = () -> {
                    start.await();
                    return writer.run(name);
                };
                futures.add(pool.submit(task));
            }
            List<Long> out = new ArrayList<>();
            for (Future<List<Long>> f : futures) out.addAll(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
