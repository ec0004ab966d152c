package gradcards.bench;

import gradcards.content.AnswerSpec;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.CardType;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.content.Deck;
import gradcards.content.Topic;
import gradcards.i18n.Text;
import gradcards.interop.AnkiExport;
import gradcards.interop.ImportPlan;
import gradcards.interop.Importer;
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
import java.util.Arrays;
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
                CardInfo info = new CardInfo("bench-cloze-" + i, "bench", CardType.CLOZE, List.of(), Topic.OWN, 0, false,
                        Text.of("문장 " + i + "의 {{1}}과 {{2}}", "sentence " + i + " has {{1}} and {{2}}"),
                        Text.of("답 " + i, "answer " + i), Text.of("", ""), null, null);
                AnswerSpec a = new AnswerSpec(List.of("a" + i), List.of(), null, null, false);
                AnswerSpec b = new AnswerSpec(List.of("b" + i), List.of(), null, null, false);
                cards.add(new Card.Cloze(info, List.of(a, b), false));
            } else {
                cards.add(new Card.Flashcard(new CardInfo("bench-fc-" + i, "bench", CardType.FLASHCARD, List.of(),
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

    /** The import timing: median of RUNS fresh imports of a NOTES-note package (milliseconds) and the card count. */
    public static String importReport(Path dir) {
        Path pkg = makePackage(dir, NOTES);
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int cards = 0;
        for (int r = 0; r < RUNS; r++) {
            Path db = dir.resolve("import-" + r + ".sqlite");
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            cards = importInto(pkg, db);
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return String.format("import bench: %,d-note Anki package (%,d cards, %.1f MB) into a fresh database, median of %d:"
                        + " %.0f ms wall, %.0f ms CPU  (target < 5000 ms; wall runs %s; CPU is what counts on a busy machine)",
                NOTES, cards, size(pkg) / 1e6, RUNS, ms[RUNS / 2], cpu[RUNS / 2],
                Arrays.toString(Arrays.stream(ms).mapToLong(Math::round).toArray()));
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

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
