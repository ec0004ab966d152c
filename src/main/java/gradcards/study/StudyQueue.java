package gradcards.study;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Today's queue: learning cards as they fall due, then due reviews, then new cards in deck order; when nothing else
 * is left, learning cards due within the learn-ahead limit (20 minutes, as Anki).
 */
public final class StudyQueue {
    /** How far ahead learning cards are shown when nothing else is due. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /** A card waiting in a queue. */
    public record Entry(String cardId, Source source, Instant due) {
    }

    private final Deque<Entry> reviews;
    private final Deque<Entry> fresh;
    private final List<Entry> learning;

    public StudyQueue(List<Entry> learning, List<Entry> reviews, List<Entry> fresh) {
        this.learning = new ArrayList<>(learning);
        this.learning.sort(Comparator.comparing(Entry::due));
        this.reviews = new ArrayDeque<>(reviews);
        this.fresh = new ArrayDeque<>(fresh);
    }

    /** Takes the next card to show at now, or empty when the session is over. */
    public Optional<Entry> next(Instant now) {
        if (!learning.isEmpty() && !learning.get(0).due().isAfter(now)) return Optional.of(learning.remove(0));
        if (!reviews.isEmpty()) return Optional.of(reviews.pollFirst());
        if (!fresh.isEmpty()) return Optional.of(fresh.pollFirst());
        if (!learning.isEmpty() && !learning.get(0).due().isAfter(now.plus(LEARN_AHEAD))) {
            return Optional.of(learning.remove(0));
        }
        return Optional.empty();
    }

    /** Puts a card back in the learning queue, due at the given instant. */
    public void addLearning(String cardId, Instant due) {
        learning.add(new Entry(cardId, Source.LEARNING, due));
        learning.sort(Comparator.comparing(Entry::due));
    }

    /** Removes a card from the learning queue (undo). */
    public void removeLearning(String cardId) {
        learning.removeIf(e -> e.cardId().equals(cardId));
    }

    /** Puts a card back at the front of the queue it came from (undo, or a card left unanswered). */
    public void pushFront(Entry e) {
        switch (e.source()) {
            case NEW: fresh.addFirst(e); break;
            case REVIEW: reviews.addFirst(e); break;
            default: learning.add(0, e);
        }
    }

    /** Drops the new cards left (the daily new-card limit was reached). */
    public void dropNew() {
        fresh.clear();
    }

    public int newCount() {
        return fresh.size();
    }

    public int reviewCount() {
        return reviews.size();
    }

    /** Learning cards that will still come up today in this session (due within the learn-ahead limit of end). */
    public int learningCount() {
        return learning.size();
    }

    /** How many of the learning queue's cards are among the given ids. */
    public int learningAmong(java.util.Set<String> ids) {
        return (int) learning.stream().filter(e -> ids.contains(e.cardId())).count();
    }

    /** The earliest due learning card beyond this session, if any. */
    public Optional<Instant> nextLearningDue() {
        return learning.isEmpty() ? Optional.empty() : Optional.of(learning.get(0).due());
    }
}
