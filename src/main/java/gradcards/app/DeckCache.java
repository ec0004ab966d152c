package gradcards.app;

import gradcards.content.Content;
import gradcards.content.ContentSnapshot;
import gradcards.content.Problem;
import gradcards.content.SnapshotKey;
import gradcards.content.SnapshotStore;
import gradcards.interop.UserDecks;
import gradcards.store.Database;
import gradcards.store.UserCards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The decks a study command works with (bundled, the learner's decks/ files and imported cards), validated once and
 * then read from a snapshot in the cache folder ($XDG_CACHE_HOME/gradcards/decks/) keyed by all of those inputs.
 * Any change to an input makes a new key, so the decks are loaded, validated and snapshotted again. Without a cache
 * folder (no XDG_CACHE_HOME and no existing HOME), with --content, or with GRADCARDS_DECK_CACHE=0, the decks are
 * loaded every time as before.
 */
final class DeckCache {
    private DeckCache() {
    }

    /** The content for this database, the learner's skipped decks reported on stderr (as without the cache). */
    static Content load(Gradcards root, Database db) {
        SnapshotStore store = store(root.env());
        if (store == null || root.options().contentDir() != null) {
            return UserContent.withUserDecks(root, Services.loadContent(root), db);
        }
        SnapshotKey key = key(root.options().dbPath(root.env()), db.userCards().changeToken());
        Optional<ContentSnapshot.Loaded> hit = store.read(key);
        if (hit.isPresent()) {
            warn(root, hit.get().problems());
            return hit.get().content();
        }
        List<UserCards.Row> imported = db.userCards().all();
        Content base = Services.loadContent(root);
        UserDecks.Result r = UserDecks.load(UserDecks.folder(root.options().dbPath(root.env())), imported, base);
        warn(root, r.problems());
        Content all = r.decks().isEmpty() ? base : base.plus(r.decks());
        store.write(key, ContentSnapshot.encode(all, r.problems()));
        return all;
    }

    /** The snapshot folder, or null when there is no cache folder to use. */
    static SnapshotStore store(Env env) {
        if ("0".equals(env.var("GRADCARDS_DECK_CACHE"))) return null;
        Path base;
        if (env.var("XDG_CACHE_HOME") != null) {
            base = Path.of(env.var("XDG_CACHE_HOME"));
        } else if (env.var("HOME") != null && Files.isDirectory(Path.of(env.var("HOME")))) {
            base = Path.of(env.var("HOME"), ".cache");
        } else {
            return null;
        }
        return new SnapshotStore(base.resolve("gradcards").resolve("decks"));
    }

    /**
     * Every input of the decks: the bundled content and program, the decks/ files, and the imported cards by their
     * change token (a new random value with every change to them, see UserCards.changeToken).
     */
    static SnapshotKey key(Path dbFile, String importedToken) {
        SnapshotKey key = new SnapshotKey().addBundled();
        Path folder = UserDecks.folder(dbFile);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.sorted().toList()) key.addFile(p);
            } catch (java.io.IOException | RuntimeException e) {
                key.add("unlistable " + folder, String.valueOf(e));
            }
        }
        return key.add("imported cards", importedToken);
    }

    private static void warn(Gradcards root, List<Problem> problems) {
        for (Problem p : problems) root.env().warn("gradcards: " + UserDecks.warning(p).in(root.lang()));
    }
}
