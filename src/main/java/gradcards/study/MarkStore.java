package gradcards.study;

import java.util.HashMap;
import java.util.Map;

/** Where a session reads and writes cards' marks (suspended, buried, flagged, leech); each save is durable. */
public interface MarkStore {

    /** The marks of a card (Marks.NONE when it has none). */
    Marks of(String cardId);

    /** Stores a card's marks. */
    void save(String cardId, Marks marks);

    /** Marks kept in memory only (tests, and sessions that do not store marks). */
    static MarkStore inMemory() {
        Map<String, Marks> map = new HashMap<>();
        return new MarkStore() {
            @Override
            public Marks of(String cardId) {
                return map.getOrDefault(cardId, Marks.NONE);
            }

            @Override
            public void save(String cardId, Marks marks) {
                map.put(cardId, marks);
            }
        };
    }
}
