package gradcards.study;

import gradcards.content.Card;
import gradcards.grade.Verdict;
import gradcards.i18n.Text;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Today's study session as a state machine: a card is shown (QUESTION), answered or revealed (ANSWER), rated, and
 * the next card comes; undo takes the last answer back. An auto-graded answer is saved the moment it is graded, with
 * the rating its verdict implies; choosing another rating replaces it. A flashcard is an answer once rated.
 * Every answer goes through the AnswerPath, computed from the card's memory as stored at that moment.
 * The UI only turns keys and lines into these calls.
 */
public final class StudySession {
    /** Where the session is. */
    public enum Phase { QUESTION, ANSWER, DONE }

    /** What undo did. */
    public enum UndoResult { DONE, NOTHING, REFUSED }

    /**
     * What undo takes back: an answer (given, with the marks a leech changed, or null) or a mark (given null,
     * marksBefore the card's marks before it); duringAnswer: a mark made while the card's graded answer was pending.
     */
    private record Undo(AnswerPath.Given given, Presentation shown, SessionStats stats, boolean firstOfCard,
                        Marks marksBefore, boolean duringAnswer) {
        boolean isMark() {
            return given == null;
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
    private final AnswerPath path;
    private final Checker checker;
    private final long seed;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final Set<String> studied = new HashSet<>();
    private Presentation current;
    private Outcome outcome;
    private AnswerPath.Given pending;
    private Phase phase = Phase.QUESTION;
    private SessionStats stats = SessionStats.EMPTY;
    private MarkStore marks = MarkStore.inMemory();
    private gradcards.config.LeechRule leechRule = new gradcards.config.LeechRule(0, false);
    private gradcards.srs.StudyDay day;
    private Leech leechNotice;
    private Text notice;

    public StudySession(Map<String, Card> cards, Map<String, Memory> memories, StudyQueue queue, AnswerPath path,
                        Checker checker, long seed) {
        this.cards = cards;
        this.memories = memories;
        this.queue = queue;
        this.path = path;
        this.checker = checker;
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
        return pending != null ? pending.review().before() : memoryOf(current.card().id(), null);
    }

    /** Whether there is an answer to take back. */
    public boolean canUndo() {
        return pending != null || !undo.isEmpty();
    }

    /** A line to show about what just happened elsewhere (another session, the daily limit), once; or empty. */
    public Optional<Text> takeNotice() {
        Optional<Text> n = Optional.ofNullable(notice);
        notice = null;
        return n;
    }

    /**
     * Judges a typed or chosen answer; an INVALID outcome leaves the question open (ask again). A graded answer is
     * saved at once with the rating its verdict implies (a flashcard is only revealed: it is an answer when rated).
     */
    public Outcome answer(String input, Instant now, long durationMs) {
        requirePhase(Phase.QUESTION);
        boolean flashcard = current.card().revealOnly();
        Outcome o = flashcard ? Checker.revealed() : checker.check(current, input);
        if (o.verdict() == Verdict.INVALID) return o;
        outcome = o;
        phase = Phase.ANSWER;
        if (!flashcard) give(o.defaultRating(), now, durationMs);
        return o;
    }

    /** What each rating would do to the current card (for the answer buttons). */
    public Map<Rating, Review> preview(Instant now) {
        requirePhase(Phase.ANSWER);
        String id = current.card().id();
        if (pending != null) {
            return new EnumMap<>(path.preview(id, pending.review().before(), pending.review().reviewedAt()));
        }
        return new EnumMap<>(path.preview(id, memoryOf(id, now), now));
    }

    /**
     * Rates the answered card and moves on: a flashcard's answer is saved now, an auto-graded one (saved when graded)
     * takes the new rating in one transaction. False if the outcome does not allow that rating.
     */
    public boolean rate(Rating rating, Instant now, long durationMs) {
        requirePhase(Phase.ANSWER);
        if (!outcome.allows(rating)) return false;
        if (pending == null) {
            if (!give(rating, now, durationMs)) return true;
        } else if (pending.rating() != rating) {
            Optional<AnswerPath.Given> r = path.rerate(pending, current.card().id(), rating);
            if (r.isPresent()) {
                pending = r.get();
            } else {
                notice = Text.of("이 카드는 그사이 다른 세션에서 답해져 평가를 바꿀 수 없습니다: 처음 평가가 남습니다",
                        "this card was answered in another session meanwhile: its rating cannot change, the first one stays");
            }
        }
        settle();
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
     * flags / unflags it; the mark is saved at once and undo takes it back. Suspend and bury move to the next card;
     * an answer already graded stays saved and counts (as on quit).
     */
    public Marks mark(MarkAction action, Instant now) {
        if (current == null) throw new IllegalStateException("no card on screen");
        String id = current.card().id();
        if (pending != null && action != MarkAction.FLAG) settle();
        Marks before = marks.of(id);
        Marks after = switch (action) {
            case SUSPEND -> before.withSuspended(true);
            case BURY -> before.withBuriedUntil(day != null ? day.endOfDay(now) : now.plus(java.time.Duration.ofDays(1)));
            case FLAG -> before.withFlagged(!before.flagged());
        };
        marks.save(id, after);
        undo.push(new Undo(null, current, stats, false, before, pending != null));
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
        return !undo.isEmpty() && undo.peek().isMark() && (pending == null || undo.peek().duringAnswer());
    }

    /**
     * Takes back the last answer or mark, in the order they were made: a mark is restored; an answer (the current
     * card's, once graded) has its review deleted and the memory restored, the card shown again; REFUSED, changing
     * nothing, when the card was answered in another session since.
     */
    public UndoResult undo() {
        if (!undo.isEmpty() && undo.peek().isMark() && (pending == null || undo.peek().duringAnswer())) {
            undoMark(undo.pop());
            return UndoResult.DONE;
        }
        if (pending != null) {
            if (!path.undo(pending, current.card().id())) return refused();
            memories.put(current.card().id(), pending.review().before());
            pending = null;
            outcome = null;
            phase = Phase.QUESTION;
            return UndoResult.DONE;
        }
        if (undo.isEmpty()) return UndoResult.NOTHING;
        Undo u = undo.pop();
        String id = u.shown().card().id();
        if (!path.undo(u.given(), id)) return refused();
        if (u.marksBefore() != null) marks.save(id, u.marksBefore());
        memories.put(id, u.given().review().before());
        queue.removeLearning(id);
        if (current != null && !current.card().id().equals(id)) queue.pushFront(current.entry());
        if (u.firstOfCard()) studied.remove(id);
        stats = u.stats();
        current = u.shown();
        outcome = null;
        phase = Phase.QUESTION;
        return UndoResult.DONE;
    }

    private void undoMark(Undo u) {
        marks.save(u.shown().card().id(), u.marksBefore());
        if (current != null && current.card().id().equals(u.shown().card().id())) return; // a flag: same card, same phase
        if (current != null) queue.pushFront(current.entry());
        current = u.shown();
        outcome = null;
        pending = null;
        phase = Phase.QUESTION;
    }

    /** Ends the session: an answer already graded stays saved and counts; a card not yet answered is simply left. */
    public void quit() {
        if (pending != null) settle();
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

    private UndoResult refused() {
        notice = Text.of("되돌릴 수 없습니다: 이 카드는 그사이 다른 세션에서 다시 답해졌습니다",
                "cannot undo: this card was answered again in another session since");
        return UndoResult.REFUSED;
    }

    /** Saves the current card's answer with this rating; false when the daily new-card limit refused it (moved on). */
    private boolean give(Rating rating, Instant now, long durationMs) {
        String id = current.card().id();
        Optional<AnswerPath.Given> g = path.give(id, memories.get(id), rating, now, durationMs,
                AnswerText.of(current, outcome));
        if (g.isEmpty()) {
            notice = Text.of("오늘의 새 카드 한도에 이미 닿았습니다 (다른 세션에서): 이 카드는 새 카드로 남습니다",
                    "today's new-card limit was reached (in another session): this card stays new");
            queue.dropNew();
            advance(now);
            return false;
        }
        pending = g.get();
        if (pending.changedElsewhere()) {
            notice = Text.of("이 카드는 화면에 나온 뒤 다른 세션에서 답해졌습니다: 지금 저장된 기억으로 다시 채점했습니다",
                    "this card was answered in another session since it was shown: graded again from its memory as stored now");
        }
        return true;
    }

    /** Counts the pending answer in the session and requeues the card if it comes back today. */
    private void settle() {
        String id = current.card().id();
        boolean first = studied.add(id);
        Memory after = pending.review().after();
        Marks marksBefore = leech(id, pending.review().before(), after);
        Deque<Undo> laterMarks = new ArrayDeque<>(); // flags made while the answer was pending come after it
        while (!undo.isEmpty() && undo.peek().duringAnswer()) laterMarks.push(undo.pop());
        undo.push(new Undo(pending, current, stats, first, marksBefore, false));
        for (Undo m : laterMarks) undo.push(new Undo(null, m.shown(), m.stats(), false, m.marksBefore(), false));
        stats = stats.plus(outcome, !current.card().revealOnly(), first);
        memories.put(id, after);
        if (after.scheduledIntraday() && !(marksBefore != null && marks.of(id).suspended())) {
            queue.addLearning(id, after.due());
        }
        pending = null;
    }

    private void advance(Instant now) {
        outcome = null;
        pending = null;
        while (true) {
            Optional<StudyQueue.Entry> next = queue.next(now);
            if (next.isEmpty()) {
                current = null;
                phase = Phase.DONE;
                return;
            }
            StudyQueue.Entry e = next.get();
            if (cards.containsKey(e.cardId()) && stillToStudy(e, now)) {
                Card c = cards.get(e.cardId());
                current = new Presentation(c, e, Presentation.order(c, seed, memoryOf(c.id(), now).reps()));
                phase = Phase.QUESTION;
                return;
            }
        }
    }

    /**
     * Whether a queued card is still to be studied now, looking at the store: a card answered in another session
     * since this one read it is shown when due again; a new card only while today's new-card limit is not reached.
     */
    private boolean stillToStudy(StudyQueue.Entry e, Instant now) {
        String id = e.cardId();
        Memory stored = path.stored(id);
        if (!AnswerPath.same(memories.get(id), stored)) {
            if (stored == null) memories.remove(id);
            else memories.put(id, stored);
            if (stored != null && !stored.isNew() && stored.due().isAfter(now)) {
                if (stored.scheduledIntraday()) queue.addLearning(id, stored.due());
                return false;
            }
        }
        if ((stored == null || stored.isNew()) && !path.newCardAllowed()) {
            queue.dropNew();
            return false;
        }
        return true;
    }

    private Memory memoryOf(String id, Instant now) {
        Memory m = memories.get(id);
        return m != null ? m : Memory.fresh(now != null ? now : Instant.EPOCH);
    }

    private void requirePhase(Phase p) {
        if (phase != p) throw new IllegalStateException("session is in phase " + phase + ", not " + p);
    }
}
