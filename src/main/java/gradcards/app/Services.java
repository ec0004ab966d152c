package gradcards.app;

import gradcards.i18n.Counted;
import gradcards.config.Settings;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.render.Style;
import gradcards.srs.Scheduler;
import gradcards.srs.StudyDay;
import gradcards.store.Database;
import java.time.Clock;
import java.time.ZoneId;

/** What a study command needs, opened once: the decks, the database, the settings, the clock and the scheduler. */
final class Services implements AutoCloseable {
    final Gradcards root;
    final Content content;
    final Database db;
    final Settings settings;
    final Clock clock;
    final ZoneId zone;

    private Services(Gradcards root, Content content, Database db) {
        this.root = root;
        this.content = content;
        this.db = db;
        this.settings = Settings.from(db.settings());
        this.zone = root.options().zone(root.env());
        this.clock = root.options().clock(root.env());
    }

    /** Loads the decks (any problem is a user error) and opens the database. */
    static Services open(Gradcards root) {
        root.options().clock(root.env()); // a bad --now fails before the database is touched
        if (root.options().contentDir() != null) { // an author's folder: checked before the database is touched
            Content content = loadContent(root);
            Database db = Database.open(root.options().dbPath(root.env()));
            return new Services(root, UserContent.withUserDecks(root, content, db), db);
        }
        Database db = Database.open(root.options().dbPath(root.env()));
        try {
            return new Services(root, DeckCache.load(root, db), db); // validated once, then a snapshot
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Content loadContent(Gradcards root) {
        return loadContent(root, null);
    }

    /** The decks of dir (null: --content or the bundled ones); any problem is a user error. */
    static Content loadContent(Gradcards root, java.nio.file.Path dir) {
        ContentLoader.Result r = dir == null && root.options().contentDir() == null ? ContentLoader.bundled()
                : ContentCommand.load(dir, root);
        if (!r.ok()) {
            throw new UserError(Text.of(r.problems().get(0).format(Lang.KO) + " (문제 "
                    + r.problems().size() + "개; 'gradcards content check'로 모두 보세요)",
                    r.problems().get(0).format() + " (" + Counted.en(r.problems().size(), "problem")
                    + "; run 'gradcards content check' for all)"));
        }
        return r.content();
    }

    Lang lang() {
        return root.lang();
    }

    Style style() {
        return new Style(root.options().plain(root.env()));
    }

    StudyDay day() {
        return new StudyDay(zone, settings.dayStart());
    }

    /** The answer checker over the decks' synonym groups; strict = the exam's rule, no typo tolerance. */
    gradcards.study.Checker checker(boolean strict) {
        var synonyms = gradcards.grade.Synonyms.load(new java.io.ByteArrayInputStream(
                content.synonymsJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new gradcards.study.Checker(new gradcards.grade.Grader(strict), synonyms);
    }

    Scheduler scheduler() {
        return new Scheduler(settings.toSchedulerConfig(zone));
    }

    @Override
    public void close() {
        db.close();
    }
}
