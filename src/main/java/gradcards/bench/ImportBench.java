package gradcards.bench;

import gradcards.content.AnswerSpec;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.Cloze;
import gradcards.content.Flashcard;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.content.Deck;
import gradcards.content.Topic;
import gradcards.i18n.Text;
import gradcards.interop.AnkiExport;
import gradcards.interop.ImportPlan;
import gradcards.interop.Importer;
import gradcards.interop.UserDecks;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * `gradcards bench import`: times importing a 20,000-note Anki package (read + one transaction into a fresh database;
 * target < 5 s) and prepares two databases, with and without 5,000 imported cards, whose start-up the command times.
 */
public final class ImportBench {
    public static final int NOTES = 20_000;
    public static final int USER_CARDS = 5_000;
    static final int RUNS = 3;
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private ImportBench() {
    }

    /** A package of n notes (one in five a cloze with two blanks) written by our Anki writer into dir. */
    public static Path makePackage(Path dir, int n) {
        List<Card> cards = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % 5 == 4) {
                CardInfo info = new CardInfo("bench-cloze-" + i, "bench", Cloze.TYPE, List.of(), Topic.OWN, 0, false,
                        Text.of("문장 " + i + "의 {{1}}과 {{2}}", "sentence " + i + " has {{1}} and {{2}}"),
                        Text.of("답 " + i, "answer " + i), Text.of("", ""), null, null);
                AnswerSpec a = new AnswerSpec(List.of("a" + i), List.of(), null, null, false);
                AnswerSpec b = new AnswerSpec(List.of("b" + i), List.of(), null, null, false);
                cards.add(new Cloze(info, List.of(a, b), false));
            } else {
                cards.add(new Flashcard(new CardInfo("bench-fc-" + i, "bench", Flashcard.TYPE, List.of(),
                        Topic.OWN, 0, false, Text.of("질문 " + i + ": <기울기>?", "question " + i),
                        Text.of("답 " + i + " & 설명", "answer " + i), Text.of("해설 " + i, "explanation " + i), null, null)));
            }
        }
        Content bank = ContentLoader.bundled().content();
        Path file = dir.resolve("bench-" + n + ".apkg");
        try {
            AnkiExport.write(file, List.of(new Deck("bench", Text.of("bench", "bench"), 1000, cards, "bench")), bank,
                    AnkiExport.Languages.KO, null, NOW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Imports pkg into a new database at db; returns the number of cards. */
    public static int importInto(Path pkg, Path db) {
        Content bank = ContentLoader.bundled().content();
        ImportPlan plan = Importer.read(pkg, null);
        try (Database d = Database.open(db)) {
            var a = Importer.apply(plan, d, bank, new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC)), false);
            return a.outcome().added() + a.outcome().updated() + a.outcome().unchanged();
        }
    }

    /**
     * The import timing: RUNS fresh imports of a NOTES-note package, each read + checked + written in one transaction.
     * Wall time beside the CPU time of the importing thread and of the whole process (JIT and GC threads too), and
     * the load average: on a shared machine wall time is mostly waiting for a core, CPU time is the import's own cost.
     * The first run is cold (classes loading, code not compiled yet), as a learner's one `gradcards import` is.
     */
    public static String importReport(Path dir) {
        Path pkg = makePackage(dir, NOTES);
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        double[] proc = new double[RUNS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        int cards = 0;
        for (int r = 0; r < RUNS; r++) {
            Path db = dir.resolve("import-" + r + ".sqlite");
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = processCpuNanos(os);
            cards = importInto(pkg, db);
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            proc[r] = (processCpuNanos(os) - p0) / 1e6;
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        StringBuilder runs = new StringBuilder();
        for (int r = 0; r < RUNS; r++) {
            runs.append(String.format(java.util.Locale.ROOT, "%n  run %d%s: %,.0f ms wall, %,.0f ms CPU (import thread),"
                    + " %,.0f ms CPU (process)", r + 1, r == 0 ? " (cold)" : "", ms[r], cpu[r], proc[r]));
        }
        return String.format(java.util.Locale.ROOT, "import bench: %,d-note Anki package (%,d cards, %.1f MB) into a fresh"
                        + " database, %d runs (target < 5,000 ms); load average %.2f on %d cores at the start%s",
                NOTES, cards, size(pkg) / 1e6, RUNS, load, os.getAvailableProcessors(), runs);
    }

    /** CPU time of this whole process (every thread), or 0 when the JVM does not tell. */
    static long processCpuNanos(java.lang.management.OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean s ? Math.max(0, s.getProcessCpuTime()) : 0;
    }

    /** Two databases in dir: "plain.sqlite" (no user cards) and "user.sqlite" (USER_CARDS imported cards). */
    public static Path[] startupDatabases(Path dir) {
        Path plain = dir.resolve("plain.sqlite");
        try (Database d = Database.open(plain)) {
            d.schemaVersion();
        }
        Path user = dir.resolve("user.sqlite");
        importInto(makePackage(dir, USER_CARDS), user);
        return new Path[] {plain, user};
    }

    /**
     * For start-up benchmarks (bench startup): makes xdgDataHome a data folder as a learner's would be after importing
     * `cards` cards (xdgDataHome/gradcards/gradcards.sqlite, run with XDG_DATA_HOME=xdgDataHome); returns the database.
     */
    public static Path dataHomeWithUserCards(Path xdgDataHome, int cards) {
        Path folder = xdgDataHome.resolve("gradcards");
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempDirectory(xdgDataHome, "package");
            try {
                Path pkg = makePackage(tmp, cards);
                Path db = folder.resolve("gradcards.sqlite");
                importInto(pkg, db);
                Files.delete(pkg);
                return db;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The user-deck step of every command on its own: reading the imported rows and loading them as decks
     * (UserDecks.load) beside the bundled bank, for a database without and one with USER_CARDS cards; CPU ms of
     * this thread, median of 9 interleaved rounds after 2 warm-up rounds, and the first (cold) round.
     */
    public static String userDeckLoadReport(Path[] dbs) {
        Content bank = ContentLoader.bundled().content();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[dbs.length][9];
        double[] cold = new double[dbs.length];
        int[] loaded = new int[dbs.length];
        for (int r = -2; r < 9; r++) {
            for (int k = 0; k < dbs.length; k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                try (Database d = Database.open(dbs[k])) {
                    loaded[k] = UserDecks.load(UserDecks.folder(dbs[k]), d.userCards().all(), bank).cards();
                }
                double ms = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                if (r == -2) cold[k] = ms;
                if (r >= 0) cpu[k][r] = ms;
            }
        }
        StringBuilder b = new StringBuilder("user-deck loading step (open database, read user_card, UserDecks.load),"
                + " CPU ms of the thread, median of 9 interleaved after 2 warm-up rounds:");
        for (int k = 0; k < dbs.length; k++) {
            double[] v = cpu[k].clone();
            java.util.Arrays.sort(v);
            b.append(String.format(java.util.Locale.ROOT, "%n  %,d user cards: %.1f ms (cold: %.1f ms)", loaded[k], v[4], cold[k]));
        }
        return b.toString();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
