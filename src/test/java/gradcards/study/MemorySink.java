package gradcards.study;

import gradcards.srs.Memory;
import gradcards.srs.Review;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** An in-memory store with the database's rules (undo and re-rating only of a card's latest answer), for tests. */
final class MemorySink implements ReviewSink {
    /** A stored review row. */
    record Row(long id, String cardId, Review review) {
    }

    final List<Row> log = new ArrayList<>();
    final Map<String, Memory> memories = new HashMap<>();
    int newLimit = Integer.MAX_VALUE;
    private long next = 1;

    List<String> cardIds() {
        return log.stream().map(Row::cardId).toList();
    }

    @Override
    public Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs) {
        Optional<Memory> current = Optional.ofNullable(memories.get(cardId));
        if (current.map(Memory::isNew).orElse(true) && !newCardAllowed()) return Optional.empty();
        return Optional.of(store(cardId, compute.apply(current)));
    }

    @Override
    public Optional<Saved> replace(long reviewId, String cardId, Memory previous, Function<Memory, Review> compute,
                                   long durationMs) {
        if (!undo(reviewId, cardId, previous)) return Optional.empty();
        return Optional.of(store(cardId, compute.apply(previous)));
    }

    @Override
    public boolean undo(long reviewId, String cardId, Memory previous) {
        Row latest = null;
        for (Row r : log) if (r.cardId().equals(cardId)) latest = r;
        if (latest == null || latest.id() != reviewId) return false;
        log.remove(latest);
        if (previous.isNew()) memories.remove(cardId);
        else memories.put(cardId, previous);
        return true;
    }

    @Override
    public Optional<Memory> current(String cardId) {
        return Optional.ofNullable(memories.get(cardId));
    }

    @Override
    public boolean newCardAllowed() {
        return log.stream().filter(r -> r.review().before().isNew()).map(Row::cardId).distinct().count() < newLimit;
    }

    private Saved store(String cardId, Review review) {
        Row row = new Row(next++, cardId, review);
        log.add(row);
        memories.put(cardId, review.after());
        return new Saved(row.id(), review);
    }
}
