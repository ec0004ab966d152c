package gradcards.exam;

import gradcards.content.Card;
import gradcards.srs.Fsrs;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>The planner runs once per process (the overview, {@code study}), so its first call, before the JIT has compiled
 * anything, is what a learner waits for. It therefore works in plain loops over primitive arrays: study days as
 * numbers from the epoch second ({@link DayIndex}, no date objects per card), the curve's constants once per plan, the
 * placement as a bucket order and a heap of indices (no comparators, no boxing), and {@link Plan#planned()} built only
 * when asked (the screens read today's reviews and the counts). {@code ExamPlannerReferenceTest} checks it against the
 * rule written plainly.
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

    private ExamPlanner() {
    }

    /** Today's plan (see the class comment for the rule). */
    public static Plan plan(Input in) {
        if (in.exam() == null || !in.today().isBefore(in.exam())) return Plan.inactive();
        long daysLeft = in.exam().toEpochDay() - in.today().toEpochDay();
        int n = (int) daysLeft; // days today .. eve of the exam
        List<Card> cards = in.cards();
        Map<String, Memory> memories = in.memories();
        Windows w = new Windows(in, n, cards.size());
        for (Card c : cards) w.add(c, memories.get(c.id())); // one call per card: compiled after the first few hundred
        int[] day = new int[w.count];
        Heap byGain = new Heap(w.count, new int[w.count], w.gain, w.ids); // today's reviews: by gain, then id
        int overflow = place(w, n, Math.max(0, in.reviewsPerDay() - in.reviewsDoneToday()), in.reviewsPerDay(), day,
                byGain);
        String[] todayIds = new String[byGain.size];
        for (int j = 0; j < todayIds.length; j++) todayIds[j] = w.ids[byGain.poll()];
        int unseen = w.unseen;
        NewPace pace = pace(in, n, unseen);
        return new Plan(true, in.exam(), daysLeft, pace.quota(), Math.max(0, pace.quota() - in.newIntroducedToday()),
                pace.quota() > in.newPerDay(), List.of(todayIds), planned(in.today(), w, day), unseen, pace.late(),
                w.unreachable, overflow);
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

    /**
     * The review windows of the studied cards that need one before the exam, as parallel arrays (day indices:
     * 0 = today): [lo, hi] the days a review may fall on, the expected-score gain of a review today, whether the
     * target can be reached.
     */
    private static final class Windows {
        final int n;
        final double target;
        final double decay;
        final double factor;
        final DayIndex days;
        final Recall.At morning;
        // FSRS-6 for a Good review (Fsrs.shortTermStability, Fsrs.stabilityAfterSuccess, Fsrs.retrievability with
        // Rating.GOOD, the same operations in the same order) with what does not change taken out of the loop
        final double fsrsFactor;
        final double expW8;
        final double w9;
        final double w10;
        final double w19;
        final double shortTermGood;
        // the card being planned: its stability and the part of the success formula that depends on it alone
        private double s;
        private double growthBase;
        int unseen;
        int count;
        int unreachable;
        final int[] lo;
        final int[] hi;
        final double[] gain;
        final boolean[] reaches;
        final String[] ids;

        Windows(Input in, int n, int cards) {
            Parameters w = in.weights();
            this.n = n;
            this.target = in.examRetention();
            this.decay = w.decay();
            this.factor = Recall.factor(decay);
            this.days = new DayIndex(in.day(), in.today());
            this.morning = new Recall.At(in.day().startOf(in.exam()), w);
            this.fsrsFactor = Fsrs.factor(w);
            this.expW8 = Math.exp(w.w(8));
            this.w9 = w.w(9);
            this.w10 = w.w(10);
            this.w19 = w.w(19);
            this.shortTermGood = Math.exp(w.w(17) * (Rating.GOOD.value() - 3 + w.w(18)));
            lo = new int[cards];
            hi = new int[cards];
            gain = new double[cards];
            reaches = new boolean[cards];
            ids = new String[cards];
        }

        /** Counts a card not yet studied; adds the window of a studied card that needs a review before the exam. */
        void add(Card c, Memory m) {
            if (m == null || m.isNew()) {
                unseen++;
                return;
            }
            if (m.scheduledIntraday() || m.lastReview() == null) return; // the session's learning steps handle it
            double g = c.guessChance();
            double rE = morning.of(m);
            int fsrs = (int) days.of(m.due());
            long lastDay = days.of(m.lastReview()); // ≤ 0
            s = m.stability();
            growthBase = expW8 * (11 - m.difficulty()) * Math.pow(s, -w9);
            double gain = (rAfter(lastDay, 0) - rE) * (1 - g);
            if (rE >= target) {
                if (fsrs >= n) return; // due after the exam with enough recall: left alone
                put(c, 0, Math.max(0, fsrs), gain, true);
                return;
            }
            int dMin = firstReaching(lastDay);
            if (dMin < 0) { // cannot reach: as late as possible
                put(c, n - 1, n - 1, gain, false);
                unreachable++;
            } else if (fsrs >= 0 && fsrs < dMin) { // FSRS date first, planned again after
                put(c, 0, fsrs, gain, true);
            } else {
                int last = fsrs < 0 ? n - 1 : Math.min(fsrs, n - 1);
                put(c, dMin, Math.max(dMin, last), gain, true);
            }
        }

        private void put(Card c, int from, int to, double g, boolean reach) {
            lo[count] = from;
            hi[count] = to;
            gain[count] = g;
            reaches[count] = reach;
            ids[count] = c.id();
            count++;
        }

        /** Recall on exam morning after a Good review at the start of day index d (lastDay: the last review's day index). */
        private double rAfter(long lastDay, int d) {
            int elapsed = (int) Math.max(0, d - lastDay);
            double after;
            if (elapsed == 0) { // same day: short-term stability
                double increase = Math.pow(s, -w19) * shortTermGood;
                after = Fsrs.roundTo8(Fsrs.clamp(s * Math.max(increase, 1), Fsrs.S_MIN, Fsrs.S_MAX));
            } else {
                double r = Fsrs.roundTo8(Math.pow(1 + fsrsFactor * elapsed / s, -decay));
                double growth = growthBase * (Math.exp((1 - r) * w10) - 1);
                after = Fsrs.roundTo8(Fsrs.clamp(s * (1 + growth), Fsrs.S_MIN, Fsrs.S_MAX));
            }
            return Recall.curve(n - d, after, decay, factor);
        }

        /** The first day index in [0, n) whose Good review brings exam-morning recall to the target, or −1 (binary search: monotone in d). */
        private int firstReaching(long lastDay) {
            if (rAfter(lastDay, n - 1) < target) return -1;
            int from = 0;
            int to = n - 1;
            while (from < to) {
                int mid = (from + to) >>> 1;
                if (rAfter(lastDay, mid) >= target) to = mid;
                else from = mid + 1;
            }
            return from;
        }
    }

    /**
     * Places each window's review as late in it as capacity allows, from the eve backwards, least flexible first (the
     * windows enter by their last day, latest first, in card order: a counting sort), the ready ones taken in the
     * order latest start, then larger gain, then card id. Fills day[], adds the ones placed on today to todays and
     * returns how many found no room.
     */
    private static int place(Windows w, int n, int capToday, int capPerDay, int[] day, Heap todays) {
        int[] bucket = new int[n + 1]; // windows by last day, latest first
        for (int i = 0; i < w.count; i++) bucket[n - 1 - w.hi[i] + 1]++;
        for (int b = 1; b <= n; b++) bucket[b] += bucket[b - 1];
        int[] byHi = new int[w.count];
        for (int i = 0; i < w.count; i++) byHi[bucket[n - 1 - w.hi[i]]++] = i;
        Heap ready = new Heap(w.count, w.lo, w.gain, w.ids);
        int overflow = 0;
        int next = 0;
        for (int d = n - 1; d >= 0; d--) {
            while (next < w.count && w.hi[byHi[next]] >= d) ready.add(byHi[next++]);
            while (!ready.isEmpty() && w.lo[ready.peek()] > d) { // no room anywhere in its window
                int x = ready.poll();
                day[x] = w.lo[x];
                overflow++;
            }
            int cap = d == 0 ? capToday : capPerDay;
            for (int k = 0; k < cap && !ready.isEmpty(); k++) day[ready.poll()] = d;
        }
        while (!ready.isEmpty()) {
            day[ready.poll()] = 0;
            overflow++;
        }
        for (int i = 0; i < w.count; i++) if (day[i] == 0) todays.add(i);
        return overflow;
    }

    /**
     * A binary heap of window indices, first the one with the latest start, then the larger gain (as
     * {@link Double#compare} orders them), then the smaller card id, then the smaller index.
     */
    private static final class Heap {
        private final int[] a;
        private final int[] lo;
        private final double[] gain;
        private final String[] ids;
        int size;

        Heap(int capacity, int[] lo, double[] gain, String[] ids) {
            this.a = new int[capacity];
            this.lo = lo;
            this.gain = gain;
            this.ids = ids;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int peek() {
            return a[0];
        }

        void add(int x) {
            int k = size++;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (!before(x, a[parent])) break;
                a[k] = a[parent];
                k = parent;
            }
            a[k] = x;
        }

        int poll() {
            int top = a[0];
            int x = a[--size];
            int k = 0;
            int half = size >>> 1;
            while (k < half) {
                int child = 2 * k + 1;
                int right = child + 1;
                if (right < size && before(a[right], a[child])) child = right;
                if (!before(a[child], x)) break;
                a[k] = a[child];
                k = child;
            }
            if (size > 0) a[k] = x;
            return top;
        }

        private boolean before(int x, int y) {
            int lx = lo[x];
            int ly = lo[y];
            if (lx != ly) return lx > ly;
            double gx = gain[x];
            double gy = gain[y];
            if (gx > gy) return true;
            if (gx < gy) return false;
            return tie(x, y);
        }

        /** Equal starts and gains that are equal, NaN or ±0: Double.compare, then the id, then the index. */
        private boolean tie(int x, int y) {
            int c = Double.compare(gain[y], gain[x]);
            if (c != 0) return c < 0;
            c = ids[x].compareTo(ids[y]);
            return c != 0 ? c < 0 : x < y;
        }
    }

    /** Every planned review by card id, in card order, made into a map only when asked (the screens never ask). */
    private static Map<String, Slot> planned(LocalDate today, Windows w, int[] day) {
        return new LazyMap<>(() -> {
            Map<String, Slot> m = new LinkedHashMap<>();
            for (int i = 0; i < w.count; i++) m.put(w.ids[i], new Slot(w.ids[i], today.plusDays(day[i]), w.gain[i], w.reaches[i]));
            return m;
        });
    }
}
