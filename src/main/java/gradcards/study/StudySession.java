package gradcards.study;

import gradcards.content.Card;
import gradcards.grade.Verdict;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Today's study session as a state machine: a card is shown (QUESTION), answered or revealed (ANSWER), rated and
 * saved at once; undo takes the last saved answer back. The UI only turns keys and lines into these calls.
 */
public final class StudySession {
    /** Where the session is. */
    public enum Phase { QUESTION, ANSWER, DONE }

    /** What undo takes back: an answer (reviewId ≥ 0, with the marks a leech changed) or a mark (reviewId −1). */
    private record Undo(long reviewId, Presentation shown, Memory before, SessionStats stats, boolean firstOfCard,
                        Marks marksBefore) {
        boolean isMark() {
            return reviewId < 0;
        }
    }

    /** What the learner can do to a card from the session: suspend it, bury it until tomorrow, flag or unflag it. */
    public enum MarkAction { SUSPEND, BURY, FLAG }

    /** A card that has just become a leech: its lapses and whether leech-action suspended it. */
    public record Leech(Card card, int lapses, boolean suspended) {
    }

    private final Map<String, Card> cards;
    private final Map<String, Memory> memories;
    private final StudyQueue queue;
    private final Scheduler scheduler;
    private final Checker checker;
    private final ReviewSink sink;
    private final long seed;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final Set<String> studied = new HashSet<>();
    private Presentation current;
    private Outcome outcome;
    private Phase phase = Phase.QUESTION;
    private SessionStats stats = SessionStats.EMPTY;
    private MarkStore marks = MarkStore.inMemory();
    private gradcards.config.LeechRule leechRule = new gradcards.config.LeechRule(0, false);
    private gradcards.srs.StudyDay day;
    private Leech leechNotice;

    public StudySession(Map<String, Card> cards, Map<String, Memory> memories, StudyQueue queue, Scheduler scheduler,
                        Checker checker, ReviewSink sink, long seed) {
        this.cards = cards;
        this.memories = memories;
        this.queue = queue;
        this.scheduler = scheduler;
        this.checker = checker;
        this.sink = sink;
        this.seed = seed;
    }

    /** Stores marks through the given store, makes leeches by the rule, and buries until the next study day. */
    public StudySession withMarks(MarkStore store, gradcards.config.LeechRule rule, gradcards.srs.StudyDay studyDay) {
        this.marks = store;
        this.leechRule = rule;
        this.day = studyDay;
        return this;
    }

    /** Moves to the first card; call once before anything else. */
    public void start(Instant now) {
        advance(now);
    }

    public Phase phase() {
        return phase;
    }

    public Presentation current() {
        return current;
    }

    public Outcome outcome() {
        return outcome;
    }

    public SessionStats stats() {
        return stats;
    }

    /** Cards studied in this session that will not come up again today (not waiting in learning, not shown now). */
    public int cardsDone() {
        int waiting = queue.learningAmong(studied);
        if (current != null && studied.contains(current.card().id())) waiting++;
        return studied.size() - waiting;
    }

    public StudyQueue queue() {
        return queue;
    }

    /** The memory the current card has before this answer. */
    public Memory memory() {
        return memoryOf(current.card().id(), null);
    }

    /** Whether there is an answer to take back. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Judges a typed or chosen answer; an INVALID outcome leaves the question open (ask again). */
    public Outcome answer(String input) {
        requirePhase(Phase.QUESTION);
        Outcome o = current.card() instanceof Card.Flashcard ? Checker.revealed() : checker.check(current, input);
        if (o.verdict() != Verdict.INVALID) {
            outcome = o;
            phase = Phase.ANSWER;
        }
        return o;
    }

    /** What each rating would do to the current card at now (for the answer buttons). */
    public Map<Rating, Review> preview(Instant now) {
        requirePhase(Phase.ANSWER);
        return new EnumMap<>(scheduler.preview(current.card().id(), memoryOf(current.card().id(), now), now));
    }

    /** Rates the answered card, saves it durably, and moves on; false if the outcome does not allow that rating. */
    public boolean rate(Rating rating, Instant now, long durationMs) {
        requirePhase(Phase.ANSWER);
        if (!outcome.allows(rating)) return false;
        String id = current.card().id();
        Memory before = memoryOf(id, now);
        Review review = scheduler.review(id, before, rating, now);
        long reviewId = sink.save(id, review, durationMs);
        boolean first = studied.add(id);
        Marks marksBefore = leech(id, before, review.after());
        undo.push(new Undo(reviewId, current, before, stats, first, marksBefore));
        stats = stats.plus(outcome, !(current.card() instanceof Card.Flashcard), first);
        memories.put(id, review.after());
        if (marksBefore == null || !marks.of(id).suspended()) requeue(id, review.after());
        advance(now);
        return true;
    }

    /** Makes the card a leech when this answer's lapse reaches the threshold; returns its marks before, or null. */
    private Marks leech(String id, Memory before, Memory after) {
        Marks m = marks.of(id);
        if (!leechRule.becomesLeech(before.lapses(), after.lapses(), m.leech())) return null;
        marks.save(id, m.withLeech(true).withSuspended(m.suspended() || leechRule.suspend()));
        leechNotice = new Leech(current.card(), after.lapses(), leechRule.suspend());
        return m;
    }

    /** The card that has just become a leech, once (the next call returns empty). */
    public Optional<Leech> takeLeechNotice() {
        Optional<Leech> c = Optional.ofNullable(leechNotice);
        leechNotice = null;
        return c;
    }

    /**
     * Suspends the card on screen (never shown again until unsuspended), buries it until the next study day, or
     * flags / unflags it; the mark is saved at once and undo takes it back. Suspend and bury move to the next card.
     */
    public Marks mark(MarkAction action, Instant now) {
        if (current == null) throw new IllegalStateException("no card on screen");
        String id = current.card().id();
        Marks before = marks.of(id);
        Marks after = switch (action) {
            case SUSPEND -> before.withSuspended(true);
            case BURY -> before.withBuriedUntil(day != null ? day.endOfDay(now) : now.plus(java.time.Duration.ofDays(1)));
            case FLAG -> before.withFlagged(!before.flagged());
        };
        marks.save(id, after);
        undo.push(new Undo(-1, current, null, stats, false, before));
        if (action != MarkAction.FLAG) {
            queue.removeLearning(id);
            advance(now);
        }
        return after;
    }

    /** The marks of the card on screen. */
    public Marks currentMarks() {
        return current == null ? Marks.NONE : marks.of(current.card().id());
    }

    /** Whether the last thing undo would take back is a mark (suspend, bury, flag) rather than an answer. */
    public boolean lastUndoIsMark() {
        return !undo.isEmpty() && undo.peek().isMark();
    }

    /** Takes back the last saved answer or mark: the answer's review row is deleted, the memory restored, the card shown again. */
    public boolean undo() {
        if (undo.isEmpty()) return false;
        Undo u = undo.pop();
        String id = u.shown().card().id();
        if (u.isMark()) {
            undoMark(u);
            return true;
        }
        sink.undo(u.reviewId(), id, u.before());
        if (u.marksBefore() != null) marks.save(id, u.marksBefore());
        memories.put(id, u.before());
        queue.removeLearning(id);
        if (current != null) queue.pushFront(current.entry());
        if (u.firstOfCard()) studied.remove(id);
        stats = u.stats();
        current = u.shown();
        outcome = null;
        phase = Phase.QUESTION;
        return true;
    }

    private void undoMark(Undo u) {
        marks.save(u.shown().card().id(), u.marksBefore());
        if (current != null && current.card().id().equals(u.shown().card().id())) return; // a flag: same card, same phase
        if (current != null) queue.pushFront(current.entry());
        current = u.shown();
        outcome = null;
        phase = Phase.QUESTION;
    }

    /** Ends the session: the card on screen (unanswered) is simply left. */
    public void quit() {
        phase = Phase.DONE;
    }

    /** When the next card is due after this session: learning cards left, else the earliest stored due. */
    public Optional<Instant> nextDue() {
        Optional<Instant> best = queue.nextLearningDue();
        for (String id : cards.keySet()) {
            Memory m = memories.get(id);
            if (m == null || m.isNew()) continue;
            if (best.isEmpty() || m.due().isBefore(best.get())) best = Optional.of(m.due());
        }
        return best;
    }

    private void requeue(String id, Memory after) {
        if (after.scheduledIntraday()) queue.addLearning(id, after.due());
    }

    private void advance(Instant now) {
        outcome = null;
        Optional<StudyQueue.Entry> next = queue.next(now);
        while (next.isPresent() && !cards.containsKey(next.get().cardId())) next = queue.next(now);
        if (next.isEmpty()) {
            current = null;
            phase = Phase.DONE;
            return;
        }
        Card c = cards.get(next.get().cardId());
        int[] order = c instanceof Card.MultipleChoice
                ? ChoiceOrder.shuffle(4, seed, c.id(), memoryOf(c.id(), now).reps()) : new int[0];
        current = new Presentation(c, next.get(), order);
        phase = Phase.QUESTION;
    }

    private Memory memoryOf(String id, Instant now) {
        Memory m = memories.get(id);
        return m != null ? m : Memory.fresh(now != null ? now : Instant.EPOCH);
    }

    private void requirePhase(Phase p) {
        if (phase != p) throw new IllegalStateException("session is in phase " + phase + ", not " + p);
    }
}
