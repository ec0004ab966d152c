package gradcards.bench;

import gradcards.config.Settings;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import gradcards.store.Database;
import gradcards.store.ReviewScan;
import gradcards.store.ReviewRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * `gradcards bench store`: builds a database of 100,000 reviews over 200 cards and 120 days, then times
 * the queries the overview makes (median of several runs) and the answer write (median and p99 of 1,000).
 */
public final class StoreBench {
    static final int REVIEWS = 100_000;
    static final int CARDS = 200;
    static final int DAYS = 120;
    static final int RUNS = 9;
    static final int ANSWERS = 1_000;
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private StoreBench() {
    }

    /** The measured numbers, in milliseconds. */
    public record Report(int reviews, double importMs, Map<String, Double> queryMs, double overviewMs,
                         double saveMedianMs, double saveP99Ms) {

        /** The report as printable lines. */
        public String render() {
            StringBuilder b = new StringBuilder(String.format(
                    "store bench: %,d reviews, %d cards, %d days (bulk import in 10 transactions %.0f ms)%n", reviews, CARDS, DAYS, importMs));
            b.append(String.format("overview queries, median of %d runs:%n", RUNS));
            queryMs.forEach((name, ms) -> b.append(String.format("  %-34s %8.2f ms%n", name, ms)));
            b.append(String.format("  %-34s %8.2f ms  (target < 500 ms)%n", "whole overview (open + all above)", overviewMs));
            b.append(String.format("answer write (saveReview, 1 transaction), %,d answers: median %.2f ms, p99 %.2f ms"
                    + " (target well under 20 ms)%n", ANSWERS, saveMedianMs, saveP99Ms));
            return b.toString();
        }
    }

    /** Runs the benchmark in a temporary folder, deletes it, and returns the printable report. */
    public static String report(BenchProgress progress, boolean korean) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gradcards-bench");
            return run(dir.resolve("bench.sqlite"), progress, korean).render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Builds the benchmark database at file (which must not exist yet) and measures it. */
    public static Report run(Path file) {
        return run(file, BenchProgress.NONE, false);
    }

    /** As run(file), reporting each stage's progress (stage names in Korean or English). */
    public static Report run(Path file, BenchProgress progress, boolean korean) {
        Random rnd = new Random(42);
        String building = korean ? "리뷰 10만 건 쓰기" : "writing 100k reviews";
        long t0 = System.nanoTime();
        build(file, rnd, progress, building);
        double importMs = (System.nanoTime() - t0) / 1e6;
        Map<String, Double> queries = timeQueries(file, progress, korean ? "개요 질의" : "overview queries");
        String whole = korean ? "개요 전체" : "whole overview";
        int[] runs = {0};
        double overview = median(RUNS, () -> {
            progress.at(whole, runs[0]++, RUNS);
            return time(() -> overview(file));
        });
        double[] saves = timeSaves(file, rnd, progress, korean ? "답 저장" : "answer writes");
        return new Report(REVIEWS + CARDS, importMs, queries, overview, percentile(saves, 50), percentile(saves, 99));
    }

    /** Writes the benchmark's database (REVIEWS answers over CARDS cards, then one more answer each) at file. */
    public static void build(Path file, Random rnd) {
        build(file, rnd, BenchProgress.NONE, "");
    }

    /** As build(file, rnd), the reviews written in ten transactions of a tenth each, then the answers, with progress. */
    public static void build(Path file, Random rnd, BenchProgress progress, String stage) {
        int chunks = 10;
        int total = chunks + CARDS;
        try (Database db = Database.open(file)) {
            List<ReviewRow> rows = history(rnd);
            for (int k = 0; k < chunks; k++) {
                progress.at(stage, k, total);
                db.importReviews(rows.subList(k * rows.size() / chunks, (k + 1) * rows.size() / chunks));
            }
            for (int c = 0; c < CARDS; c++) {
                progress.at(stage, chunks + c, total);
                answer(db, rnd, c, NOW.minus(Duration.ofHours(1)));
            }
            progress.at(stage, total, total);
        }
    }

    /** REVIEWS synthetic answers spread over DAYS days before NOW; each card's first answer is from New. */
    private static List<ReviewRow> history(Random rnd) {
        List<ReviewRow> rows = new ArrayList<>(REVIEWS);
        boolean[] seen = new boolean[CARDS];
        for (int i = 0; i < REVIEWS; i++) {
            Instant at = NOW.minus(Duration.ofDays(DAYS)).plusMillis((long) (i * (DAYS * 86_400_000.0 / REVIEWS)));
            int card = rnd.nextInt(CARDS);
            CardState before = seen[card] ? CardState.values()[1 + rnd.nextInt(3)] : CardState.NEW;
            seen[card] = true;
            rows.add(new ReviewRow(cardId(card), at, Rating.of(1 + rnd.nextInt(4)), before, 1 + rnd.nextDouble() * 90,
                    1 + rnd.nextDouble() * 9, at.plus(Duration.ofDays(3)), rnd.nextInt(30), 3, 2_000 + rnd.nextInt(20_000),
                    rnd.nextInt(10) == 0 ? ReviewRow.QUIZ : ReviewRow.STUDY));
        }
        return rows;
    }

    private static long answer(Database db, Random rnd, int card, Instant at) {
        Memory m = new Memory(CardState.REVIEW, 0, 1 + rnd.nextDouble() * 90, 1 + rnd.nextDouble() * 9,
                at.plus(Duration.ofDays(1 + rnd.nextInt(30))), at, 5, 1);
        return db.saveReview(ReviewRow.of(cardId(card), at, Rating.GOOD, CardState.REVIEW, m, 3, 5, 4_000,
                ReviewRow.STUDY), m);
    }

    private static String cardId(int card) {
        return String.format("vg-%03d", card);
    }

    /** The median time of each query the overview makes, on one open database. */
    private static Map<String, Double> timeQueries(Path file, BenchProgress progress, String stage) {
        Map<String, Double> out = new LinkedHashMap<>();
        progress.at(stage, 0, 5);
        Settings settings = Settings.defaults();
        Instant from = settings.startOf(settings.studyDay(NOW, ZONE), ZONE);
        Instant to = from.plus(Duration.ofDays(1));
        try (Database db = Database.open(file)) {
            out.put("memories() [" + db.memories().size() + " cards]", median(RUNS, () -> timeOf(db::memories)));
            progress.at(stage, 1, 5);
            out.put("settings()", median(RUNS, () -> timeOf(db::settings)));
            progress.at(stage, 2, 5);
            out.put("reviewsBetween(today, study)", median(RUNS, () -> timeOf(() -> db.reviewsBetween(from, to, "study"))));
            progress.at(stage, 3, 5);
            out.put("newCardsStudiedBetween(today)", median(RUNS, () -> timeOf(() -> db.newCardsStudiedBetween(from, to))));
            progress.at(stage, 4, 5);
            StudyDay day = new StudyDay(ZONE, settings.dayStart());
            out.put("studyDays(" + ReviewScan.studyDays(db, day, NOW).size() + " days)",
                    median(RUNS, () -> timeOf(() -> ReviewScan.studyDays(db, day, NOW))));
        }
        return out;
    }

    /** Everything the overview reads, from opening the file to closing it. */
    private static void overview(Path file) {
        try (Database db = Database.open(file)) {
            Settings settings = Settings.from(db.settings());
            LocalDate today = settings.studyDay(NOW, ZONE);
            Instant from = settings.startOf(today, ZONE);
            Instant to = settings.startOf(today.plusDays(1), ZONE);
            db.memories();
            db.reviewsBetween(from, to, ReviewRow.STUDY);
            db.newCardsStudiedBetween(from, to);
            ReviewScan.studyDays(db, new StudyDay(ZONE, settings.dayStart()), NOW);
        }
    }

    /** The time of each of ANSWERS answer writes, in ms. */
    private static double[] timeSaves(Path file, Random rnd, BenchProgress progress, String stage) {
        double[] ms = new double[ANSWERS];
        try (Database db = Database.open(file)) {
            for (int i = 0; i < ANSWERS; i++) {
                if (i % 10 == 0) progress.at(stage, i, ANSWERS);
                int card = i % CARDS;
                Instant at = NOW.plusSeconds(i);
                ms[i] = timeOf(() -> answer(db, rnd, card, at));
            }
        }
        return ms;
    }

    private static double time(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double timeOf(Supplier<?> work) {
        return time(() -> {
            work.get();
        });
    }

    private static double median(int runs, Supplier<Double> timing) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) times[i] = timing.get();
        return percentile(times, 50);
    }

    /** The p-th percentile (nearest rank) of the values. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
