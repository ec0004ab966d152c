package gradcards.bench;

import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.ContentLoader;
import gradcards.exam.ExamPlanner;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import gradcards.store.Database;
import gradcards.store.ReviewRow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * `gradcards bench plan`: the exam planner (issue 8: 10,000 cards under 50 ms) on synthetic cards and memories — the
 * first (cold) call, then the median of many calls after a warm-up, wall and CPU time of this thread (the machine may be
 * shared: CPU time is what the planner itself costs) — and the database for the in-process measurement of what an exam
 * date adds to the overview and `stats` on 100,000 reviews.
 */
public final class PlanBench {
    /** Cards the planner is timed on. */
    public static final int CARDS = 10_000;
    /** Reviews in the exam-date database. */
    public static final int REVIEWS = 100_000;
    /** The bench's today and exam date (20 days ahead, as the example). */
    public static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    public static final LocalDate EXAM = LocalDate.of(2026, 12, 21);
    private static final StudyDay DAY = new StudyDay(ZoneOffset.UTC, 4);

    /** Wall and CPU milliseconds: the first call, and the median of the timed calls after warm-up. */
    public record Timing(double coldWallMs, double coldCpuMs, double wallMs, double cpuMs, int runs, int result) {
    }

    private PlanBench() {
    }

    /** n cards copied from the bundled bank under new ids (every type, topic and subject in the bank's proportions). */
    public static List<Card> cards(int n) {
        List<Card> bank = ContentLoader.bundled().content().cards();
        List<Card> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Card c = bank.get(i % bank.size());
            CardInfo k = c.info();
            CardInfo info = new CardInfo(String.format("syn-%05d", i), k.deck(), k.type(), k.facts(), k.topic(),
                    k.subject(), k.lowPriority(), k.prompt(), k.answer(), k.explanation(), k.precise(), k.demo());
            out.add(c.withInfo(info));
        }
        return out;
    }

    /**
     * Seeded memories for the cards: a fifth never studied, the rest in Review with stability 0.5–120 days, difficulty
     * 1–10, last reviewed 0–60 days ago and due after about one stability (some overdue, some due after the exam).
     */
    public static Map<String, Memory> memories(List<Card> cards, Random rnd) {
        Map<String, Memory> out = new HashMap<>();
        for (Card c : cards) {
            if (rnd.nextInt(5) == 0) continue;
            double s = 0.5 + rnd.nextDouble() * 119.5;
            Instant last = NOW.minus(Duration.ofMinutes((long) (rnd.nextDouble() * 60 * 1440)));
            Instant due = last.plus(Duration.ofMinutes((long) (s * 1440 * (0.5 + rnd.nextDouble()))));
            out.put(c.id(), new Memory(CardState.REVIEW, 0, s, 1 + rnd.nextDouble() * 9, due, last, 4, rnd.nextInt(3)));
        }
        return out;
    }

    /** The planner's input for these cards: exam in 20 days, target 0.95, 20 new and 200 reviews a day. */
    public static ExamPlanner.Input input(List<Card> cards, Map<String, Memory> memories) {
        return new ExamPlanner.Input(DAY.dateOf(NOW), EXAM, DAY, Parameters.defaults(), 0.95, 20, 200, 0, 0, cards,
                memories);
    }

    /** Times the planner: the first call, warmUp untimed calls, then runs timed calls (median). */
    public static Timing planner(int warmUp, int runs) {
        List<Card> cards = cards(CARDS);
        ExamPlanner.Input in = input(cards, memories(cards, new Random(7)));
        return time(() -> ExamPlanner.plan(in).planned().size(), warmUp, runs);
    }

    /** Times a task on this thread: its first call, then the median of runs calls after warmUp untimed ones. */
    public static Timing time(IntSupplier task, int warmUp, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        int result = task.getAsInt();
        double coldWall = (System.nanoTime() - w0) / 1e6;
        double coldCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        for (int i = 0; i < warmUp; i++) task.getAsInt();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long w = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            task.getAsInt();
            wall[i] = (System.nanoTime() - w) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return new Timing(coldWall, coldCpu, median(wall), median(cpu), runs, result);
    }

    /** The median of the values (sorts a copy). */
    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * Writes a database of REVIEWS answers over the bundled bank's cards (120 days, every card studied, each with a
     * Review memory), the shape a learner has after months of study; the exam parts of the overview and `stats` then
     * work on real cards.
     */
    public static void buildExamDatabase(Path file, Random rnd) {
        List<Card> bank = ContentLoader.bundled().content().cards();
        try (Database db = Database.open(file)) {
            List<ReviewRow> rows = new ArrayList<>(REVIEWS);
            int days = 120;
            for (int i = 0; i < REVIEWS; i++) {
                Instant at = NOW.minus(Duration.ofDays(days)).plusMillis((long) (i * (days * 86_400_000.0 / REVIEWS)));
                String id = bank.get(rnd.nextInt(bank.size())).id();
                rows.add(new ReviewRow(id, at, Rating.of(1 + rnd.nextInt(4)), i < bank.size() ? CardState.NEW
                        : CardState.REVIEW, 1 + rnd.nextDouble() * 90, 1 + rnd.nextDouble() * 9, at.plus(Duration.ofDays(3)),
                        rnd.nextInt(30), 3, 2_000 + rnd.nextInt(20_000), rnd.nextInt(10) == 0 ? ReviewRow.QUIZ : ReviewRow.STUDY));
            }
            db.importReviews(rows);
            Instant at = NOW.minus(Duration.ofHours(1));
            for (Card c : bank) {
                double s = 0.5 + rnd.nextDouble() * 60;
                Memory m = new Memory(CardState.REVIEW, 0, s, 1 + rnd.nextDouble() * 9,
                        at.plus(Duration.ofMinutes((long) (s * 1440))), at.minus(Duration.ofDays(rnd.nextInt(20))), 5, 1);
                db.saveReview(ReviewRow.of(c.id(), at, Rating.GOOD, CardState.REVIEW, m, 3, 5, 4_000, ReviewRow.STUDY), m);
            }
        }
    }
}
