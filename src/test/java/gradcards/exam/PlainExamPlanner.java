package gradcards.exam;

import gradcards.content.Card;
import gradcards.srs.Fsrs;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The exam planner's rule written plainly, as it was before the planner was made cheap for its first call (records,
 * comparators, a PriorityQueue, a date per card): the reference {@code ExamPlannerReferenceTest} holds
 * {@link ExamPlanner} to. The rule itself is documented on {@link ExamPlanner}.
 */
final class PlainExamPlanner {
    /** New cards are introduced at least this many days before the exam. */
    static final int INTRO_LEAD_DAYS = 7;

    private record Item(Card card, int lo, int hi, double gain, boolean reaches) {
    }

    private record Indexed(Item item, int index) {
    }

    private PlainExamPlanner() {
    }

    /** Today's plan (see the class comment for the rule). */
    static ExamPlanner.Plan plan(ExamPlanner.Input in) {
        if (in.exam() == null || !in.today().isBefore(in.exam())) return ExamPlanner.Plan.inactive();
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
        Map<String, ExamPlanner.Slot> planned = new LinkedHashMap<>();
        List<Item> today = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            int d = p.day()[k];
            planned.put(it.card().id(), new ExamPlanner.Slot(it.card().id(), in.today().plusDays(d), it.gain(), it.reaches()));
            if (d == 0) today.add(it);
        }
        today.sort(Comparator.comparingDouble(Item::gain).reversed().thenComparing(it -> it.card().id()));
        NewPace pace = pace(in, n, unseen);
        return new ExamPlanner.Plan(true, in.exam(), daysLeft, pace.quota(), Math.max(0, pace.quota() - in.newIntroducedToday()),
                pace.quota() > in.newPerDay(), today.stream().map(it -> it.card().id()).toList(), planned, unseen,
                pace.late(), unreachable, p.overflow());
    }

    private record NewPace(int quota, int late) {
    }

    private static NewPace pace(ExamPlanner.Input in, int n, int unseen) {
        int total = unseen + in.newIntroducedToday();
        int introDays = n + 1 - INTRO_LEAD_DAYS; // today .. exam − 7
        int late = introDays >= 1 ? 0 : unseen;
        int days = introDays >= 1 ? introDays : n;
        int needed = (int) Math.ceil(total / (double) days);
        return new NewPace(Math.max(in.newPerDay(), needed), late);
    }

    /** The window of one studied card, or null when it needs nothing before the exam. Day indices: 0 = today. */
    private static Item item(ExamPlanner.Input in, Card c, Memory m, int n) {
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

    private static double rExam(ExamPlanner.Input in, Memory m) {
        return recallAt(m, in.day().startOf(in.exam()), in.weights());
    }

    /** Recall at an instant as Recall.at computed it before: Duration between the last review and then, in days. */
    static double recallAt(Memory m, java.time.Instant at, Parameters w) {
        if (m == null || m.isNew() || m.lastReview() == null || m.stability() <= 0) return 0;
        double t = Math.max(0, java.time.Duration.between(m.lastReview(), at).getSeconds() / 86_400.0);
        return Recall.curve(t, m.stability(), w.decay());
    }

    /** Recall on exam morning after a Good review at the start of day index d (lastDay: the last review's day index). */
    static double rAfter(ExamPlanner.Input in, Memory m, long lastDay, int d, int n) {
        Parameters w = in.weights();
        int elapsed = (int) Math.max(0, d - lastDay);
        double s = m.stability();
        double after = elapsed == 0 ? Fsrs.shortTermStability(w, s, Rating.GOOD)
                : Fsrs.stabilityAfterSuccess(w, m.difficulty(), s, Fsrs.retrievability(w, elapsed, s), Rating.GOOD);
        return Recall.curve(n - d, after, w.decay());
    }

    /** The first day index in [0, n) whose Good review brings exam-morning recall to the target, or −1 (binary search: monotone in d). */
    private static int firstReaching(ExamPlanner.Input in, Memory m, long lastDay, int n, double target) {
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
