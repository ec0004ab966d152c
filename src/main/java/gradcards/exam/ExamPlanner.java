package gradcards.exam;

import gradcards.content.Card;
import gradcards.srs.Fsrs;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Planning toward the exam date: one pure function from the cards, their memories, today and the settings to
 * today's plan. While the exam lies ahead (today is before the exam date):
 *
 * <ol>
 * <li><b>New cards</b> are paced so that every card is introduced at least {@value #INTRO_LEAD_DAYS} days before
 *     the exam: today's quota is {@code max(new-per-day, ceil(cards left to introduce / days left until exam − 7))}
 *     (counting the ones introduced today). Past that deadline the rest is spread over the days before the exam
 *     and the plan is marked unreachable.</li>
 * <li><b>Studied cards.</b> Let E be exam morning (the exam date at day start) and R_E a card's recall then, from
 *     the forgetting curve. A card with {@code R_E ≥ exam-retention} keeps its FSRS due date (one due after the exam
 *     is left alone). Otherwise the planner looks at every day d from today to the eve of the exam: a Good review on
 *     d (FSRS-6 success formula, whole days as the scheduler counts) gives a stability S'(d), and the recall on exam
 *     morning {@code R(E − d, S'(d))} grows with d. The first day at which it reaches exam-retention, d_min, opens the
 *     card's window; the window closes at the FSRS due date, or on the eve of the exam when that is later (an
 *     overdue card: the eve). A card whose FSRS due date comes before d_min is reviewed on its FSRS date (and planned
 *     again after). A card that cannot reach exam-retention on any day is reviewed as late as possible: on the eve.</li>
 * <li><b>Capacity.</b> Each day holds at most reviews-per-day reviews (today: what is left of it). Cards are placed
 *     from the eve backwards, each as late in its window as room allows, the least flexible (latest window start)
 *     first and then by expected-score gain; a card that finds no room is over capacity and waits for today or its
 *     window start. So a backlog after missed days is spread over the days left.</li>
 * <li><b>Today's reviews</b> are the cards placed on today, ordered by what a review now adds to the expected score
 *     {@code (R_E after a Good review today − R_E now)·(1 − g)}, g the chance of guessing.</li>
 * <li>On the exam date and after it the plan is inactive: plain FSRS.</li>
 * </ol>
 * The plan is reachable when every card can be introduced in time, every studied card can reach exam-retention and
 * nothing is over capacity.
 */
public final class ExamPlanner {
    /** New cards are introduced at least this many days before the exam. */
    public static final int INTRO_LEAD_DAYS = 7;

    /** What the planner needs: today, the exam, the learner's day, the weights, the targets and limits, the cards. */
    public record Input(LocalDate today, LocalDate exam, StudyDay day, Parameters weights, double examRetention,
                        int newPerDay, int reviewsPerDay, int newIntroducedToday, int reviewsDoneToday,
                        List<Card> cards, Map<String, Memory> memories) {
    }

    /** Where a planned review of one card falls and why. */
    public record Slot(String cardId, LocalDate day, double gainToday, boolean reachesTarget) {
    }

    /**
     * Today's plan: the new-card quota for today (and how many of it are left), today's reviews in order, every
     * planned review before the exam by card, and whether the exam target is reachable (with what stands in the way).
     */
    public record Plan(boolean active, LocalDate exam, long daysLeft, int newQuota, int newLeft, boolean aboveNewLimit,
                       List<String> todayReviews, Map<String, Slot> planned, int unseen, int lateIntroductions,
                       int unreachable, int overCapacity) {

        /** Whether every card can be introduced in time and reach exam-retention within the daily limits. */
        public boolean reachable() {
            return lateIntroductions == 0 && unreachable == 0 && overCapacity == 0;
        }

        /** The plan when no exam lies ahead: FSRS alone. */
        public static Plan inactive() {
            return new Plan(false, null, 0, 0, 0, false, List.of(), Map.of(), 0, 0, 0, 0);
        }
    }

    private record Item(Card card, int lo, int hi, double gain, boolean reaches) {
    }

    private record Indexed(Item item, int index) {
    }

    private ExamPlanner() {
    }

    /** Today's plan (see the class comment for the rule). */
    public static Plan plan(Input in) {
        if (in.exam() == null || !in.today().isBefore(in.exam())) return Plan.inactive();
        long daysLeft = in.exam().toEpochDay() - in.today().toEpochDay();
        int n = (int) daysLeft; // days today .. eve of the exam
        List<Item> items = new ArrayList<>();
        int unseen = 0;
        int unreachable = 0;
        for (Card c : in.cards()) {
            Memory m = in.memories().get(c.id());
            if (m == null || m.isNew()) {
                unseen++;
                continue;
            }
            if (m.scheduledIntraday() || m.lastReview() == null) continue; // the session's learning steps handle it
            Item it = item(in, c, m, n);
            if (it == null) continue;
            if (!it.reaches()) unreachable++;
            items.add(it);
        }
        Placement p = place(items, n, Math.max(0, in.reviewsPerDay() - in.reviewsDoneToday()), in.reviewsPerDay());
        Map<String, Slot> planned = new LinkedHashMap<>();
        List<Item> today = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            int d = p.day()[k];
            planned.put(it.card().id(), new Slot(it.card().id(), in.today().plusDays(d), it.gain(), it.reaches()));
            if (d == 0) today.add(it);
        }
        today.sort(Comparator.comparingDouble(Item::gain).reversed().thenComparing(it -> it.card().id()));
        NewPace pace = pace(in, n, unseen);
        return new Plan(true, in.exam(), daysLeft, pace.quota(), Math.max(0, pace.quota() - in.newIntroducedToday()),
                pace.quota() > in.newPerDay(), today.stream().map(it -> it.card().id()).toList(), planned, unseen,
                pace.late(), unreachable, p.overflow());
    }

    private record NewPace(int quota, int late) {
    }

    private static NewPace pace(Input in, int n, int unseen) {
        int total = unseen + in.newIntroducedToday();
        int introDays = n + 1 - INTRO_LEAD_DAYS; // today .. exam − 7
        int late = introDays >= 1 ? 0 : unseen;
        int days = introDays >= 1 ? introDays : n;
        int needed = (int) Math.ceil(total / (double) days);
        return new NewPace(Math.max(in.newPerDay(), needed), late);
    }

    /** The window of one studied card, or null when it needs nothing before the exam. Day indices: 0 = today. */
    private static Item item(Input in, Card c, Memory m, int n) {
        double target = in.examRetention();
        double g = Recall.guessChance(c);
        double rE = rExam(in, m);
        int fsrs = (int) (in.day().dateOf(m.due()).toEpochDay() - in.today().toEpochDay());
        long lastDay = in.day().dateOf(m.lastReview()).toEpochDay() - in.today().toEpochDay(); // ≤ 0
        double gain = (rAfter(in, m, lastDay, 0, n) - rE) * (1 - g);
        if (rE >= target) {
            if (fsrs >= n) return null; // due after the exam with enough recall: left alone
            return new Item(c, 0, Math.max(0, fsrs), gain, true);
        }
        int dMin = firstReaching(in, m, lastDay, n, target);
        if (dMin < 0) return new Item(c, n - 1, n - 1, gain, false); // cannot reach: as late as possible
        if (fsrs >= 0 && fsrs < dMin) return new Item(c, 0, fsrs, gain, true); // FSRS date first, planned again after
        int hi = fsrs < 0 ? n - 1 : Math.min(fsrs, n - 1);
        return new Item(c, dMin, Math.max(dMin, hi), gain, true);
    }

    private static double rExam(Input in, Memory m) {
        return Recall.at(m, in.day().startOf(in.exam()), in.weights());
    }

    /** Recall on exam morning after a Good review at the start of day index d (lastDay: the last review's day index). */
    static double rAfter(Input in, Memory m, long lastDay, int d, int n) {
        Parameters w = in.weights();
        int elapsed = (int) Math.max(0, d - lastDay);
        double s = m.stability();
        double after = elapsed == 0 ? Fsrs.shortTermStability(w, s, Rating.GOOD)
                : Fsrs.stabilityAfterSuccess(w, m.difficulty(), s, Fsrs.retrievability(w, elapsed, s), Rating.GOOD);
        return Recall.curve(n - d, after, w.decay());
    }

    /** The first day index in [0, n) whose Good review brings exam-morning recall to the target, or −1 (binary search: monotone in d). */
    private static int firstReaching(Input in, Memory m, long lastDay, int n, double target) {
        if (rAfter(in, m, lastDay, n - 1, n) < target) return -1;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rAfter(in, m, lastDay, mid, n) >= target) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private record Placement(int[] day, int overflow) {
    }

    /** Places each item as late in its window as capacity allows, from the eve backwards, least flexible first. */
    private static Placement place(List<Item> items, int n, int capToday, int capPerDay) {
        List<Indexed> byHi = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) byHi.add(new Indexed(items.get(k), k));
        byHi.sort(Comparator.comparingInt((Indexed x) -> x.item().hi()).reversed());
        PriorityQueue<Indexed> ready = new PriorityQueue<>(Comparator.comparingInt((Indexed x) -> x.item().lo()).reversed()
                .thenComparing(Comparator.comparingDouble((Indexed x) -> x.item().gain()).reversed())
                .thenComparing(x -> x.item().card().id()));
        int[] day = new int[items.size()];
        int overflow = 0;
        int next = 0;
        for (int d = n - 1; d >= 0; d--) {
            while (next < byHi.size() && byHi.get(next).item().hi() >= d) ready.add(byHi.get(next++));
            while (!ready.isEmpty() && ready.peek().item().lo() > d) { // no room anywhere in its window
                Indexed x = ready.poll();
                day[x.index()] = x.item().lo();
                overflow++;
            }
            int cap = d == 0 ? capToday : capPerDay;
            for (int k = 0; k < cap && !ready.isEmpty(); k++) day[ready.poll().index()] = d;
        }
        while (!ready.isEmpty()) {
            day[ready.poll().index()] = 0;
            overflow++;
        }
        return new Placement(day, overflow);
    }
}
