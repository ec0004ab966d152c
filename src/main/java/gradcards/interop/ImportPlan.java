package gradcards.interop;

import gradcards.i18n.Text;
import gradcards.store.AnkiCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a file holds for import, read completely before the database is touched: its cards and what was skipped. */
public final class ImportPlan {
    final String file;
    final String format;
    int notes;
    final List<UserCard> cards = new ArrayList<>();
    /** Skipped notes or cards by reason (English text as key), with the reason in both languages. */
    final Map<String, Object[]> skipped = new LinkedHashMap<>();
    final List<String> media = new ArrayList<>();
    int mediaInPackage;
    List<AnkiCollection.RevlogRow> revlog = List.of();

    ImportPlan(String file, String format) {
        this.file = file;
        this.format = format;
    }

    void skip(String en, String ko) {
        skip(en, ko, 1);
    }

    void skip(String en, String ko, int count) {
        Object[] e = skipped.computeIfAbsent(en, k -> new Object[] {Text.of(ko, en), 0});
        e[1] = (Integer) e[1] + count;
    }

    public String file() {
        return file;
    }

    /** The kind of file read: "CSV", "Markdown", "Anki collection.anki21b" … */
    public String format() {
        return format;
    }

    /** How many notes (Anki), rows (CSV) or blocks (Markdown) were read. */
    public int notes() {
        return notes;
    }

    public List<UserCard> cards() {
        return cards;
    }

    /** Skip reasons in both languages with their counts. */
    public Map<Text, Integer> skipped() {
        Map<Text, Integer> out = new LinkedHashMap<>();
        for (Object[] e : skipped.values()) out.put((Text) e[0], (Integer) e[1]);
        return out;
    }

    /** Media files the notes name (images, sounds): named in the summary, not imported. */
    public List<String> media() {
        return media;
    }

    /** The number of media files the package carried. */
    public int mediaInPackage() {
        return mediaInPackage;
    }

    /** The Anki review log (empty for other formats). */
    public List<AnkiCollection.RevlogRow> revlog() {
        return revlog;
    }

    /** The same plan with every card moved to deck (for --deck on formats that name their own decks). */
    void deck(String deck) {
        cards.replaceAll(c -> new UserCard(c.id(), deck, c.cloze(), c.prompt(), c.answer(), c.explanation(), c.blanks(),
                c.tags(), c.topic(), c.ankiCardId()));
    }
}
