package gradcards.app;

import gradcards.store.CardFlags;
import gradcards.study.MarkStore;
import gradcards.study.Marks;

/** A session's marks (suspend, bury, flag, leech) stored in the database, each save its own transaction. */
final class DbMarks implements MarkStore {
    private final CardFlags flags;

    DbMarks(CardFlags flags) {
        this.flags = flags;
    }

    @Override
    public Marks of(String cardId) {
        return flags.of(cardId);
    }

    @Override
    public void save(String cardId, Marks marks) {
        flags.save(cardId, marks);
    }
}
