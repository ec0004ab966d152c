package gradcards.app;

import gradcards.content.Content;
import gradcards.content.Problem;
import gradcards.interop.UserDecks;
import gradcards.store.Database;
import java.nio.file.Path;

/** The learner's own decks (decks/ next to the database, and imported cards) added to the bundled bank. */
final class UserContent {
    private UserContent() {
    }

    /** The user decks' result for this database; none with --content (an author testing one deck folder). */
    static UserDecks.Result load(Gradcards root, Content base, Database db) {
        if (root.options().contentDir() != null) return new UserDecks.Result(java.util.List.of(), java.util.List.of());
        return UserDecks.load(UserDecks.folder(root.options().dbPath(root.env())), db.userCards().all(), base);
    }

    /**
     * The user decks for 'content check' and 'content stats' (none when a DIR or --content is given): the decks/ files,
     * and the imported cards when the database exists (it is not created for a check).
     */
    static UserDecks.Result forContentCommand(Gradcards root, Path dir, Content base) {
        if (dir != null || root.options().contentDir() != null) return new UserDecks.Result(java.util.List.of(), java.util.List.of());
        Path dbFile = root.options().dbPath(root.env());
        if (!java.nio.file.Files.isRegularFile(dbFile)) return UserDecks.load(UserDecks.folder(dbFile), java.util.List.of(), base);
        try (Database db = Database.open(dbFile)) {
            return load(root, base, db);
        }
    }

    /** base plus the learner's decks; each broken deck file is one line on stderr and is skipped. */
    static Content withUserDecks(Gradcards root, Content base, Database db) {
        UserDecks.Result r = load(root, base, db);
        for (Problem p : r.problems()) {
            root.env().warn("gradcards: " + UserDecks.warning(p).in(root.lang()));
        }
        return r.decks().isEmpty() ? base : base.plus(r.decks());
    }
}
