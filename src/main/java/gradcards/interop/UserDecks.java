package gradcards.interop;

import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.content.DeckFiles;
import gradcards.content.Deck;
import gradcards.content.Problem;
import gradcards.i18n.Text;
import gradcards.store.UserCards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's own decks beside the bundled bank: the JSON and Markdown files of the data folder's decks/ and the
 * cards imported into the database. A broken deck file is reported (file:line:col) and skipped; the rest loads.
 */
public final class UserDecks {
    /** User decks come after every bundled deck. */
    static final int ORDER = Content.USER_ORDER;

    /** The decks loaded and the problems of the files skipped. */
    public record Result(List<Deck> decks, List<Problem> problems) {
        public int cards() {
            return decks.stream().mapToInt(d -> d.cards().size()).sum();
        }
    }

    private UserDecks() {
    }

    /** The decks/ folder next to the database file. */
    public static Path folder(Path dbFile) {
        Path parent = dbFile.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("decks");
    }

    /** Loads the deck files of dir (absent: none) and the imported cards, checked against base's facts and synonyms. */
    public static Result load(Path dir, List<UserCards.Row> imported, Content base) {
        List<Deck> decks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : files(dir, problems)) {
            String name = DeckFiles.fileName(p); // its bytes as UTF-8: the same name and ids whatever the locale
            String file = DeckFiles.shown(p);
            String stem = name.replaceFirst("\\.(json|md|markdown)$", "");
            String text = DeckFiles.read(p, problems); // a loop, a dangling link, no permission, not UTF-8: one problem
            if (text == null) continue;
            String prefix = "deck:" + Ids.part(stem) + ":";
            if (name.endsWith(".json")) {
                add(ContentLoader.userDeck(file, text, stem, prefix, base), decks, problems);
            } else {
                MarkdownDeck.Result md = MarkdownDeck.read(file, text, stem, prefix);
                if (!md.problems().isEmpty()) {
                    problems.addAll(md.problems());
                    continue;
                }
                add(ContentLoader.userDeck(file, deckJson(stem, md.cards().stream().map(UserCard::toJson).toList()),
                        stem, "", base), decks, problems);
            }
        }
        Map<String, List<String>> byDeck = new LinkedHashMap<>();
        for (UserCards.Row r : imported) byDeck.computeIfAbsent(r.deck(), k -> new ArrayList<>()).add(r.body());
        for (var e : byDeck.entrySet()) {
            add(ContentLoader.userDeck("imported deck \"" + e.getKey() + "\"", deckJson(e.getKey(), e.getValue()),
                    e.getKey(), "", base), decks, problems);
        }
        List<Deck> ordered = new ArrayList<>();
        for (int i = 0; i < decks.size(); i++) {
            Deck d = decks.get(i);
            ordered.add(new Deck(d.name(), d.title(), ORDER + i, d.cards(), d.source()));
        }
        return new Result(ordered, problems);
    }

    private static void add(ContentLoader.Result r, List<Deck> decks, List<Problem> problems) {
        problems.addAll(r.problems());
        if (r.ok()) decks.addAll(r.content().decks());
    }

    /** A deck file's JSON around card bodies. */
    static String deckJson(String name, List<String> bodies) {
        StringBuilder b = new StringBuilder(64 + bodies.size() * 200);
        b.append("{\"deck\":").append(quote(name)).append(",\"cards\":[\n");
        for (int i = 0; i < bodies.size(); i++) b.append(i == 0 ? "" : ",\n").append(bodies.get(i));
        return b.append("]}").toString();
    }

    private static String quote(String s) {
        return new com.fasterxml.jackson.databind.node.TextNode(s).toString();
    }

    private static List<Path> files(Path dir, List<Problem> problems) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        return DeckFiles.list(dir, n -> n.matches(".*\\.(json|md|markdown)$"), problems);
    }

    /** One problem as the line a command prints on stderr: the place, what is wrong, and that the deck was skipped. */
    public static Text warning(Problem p) {
        return Text.of(p.format(gradcards.i18n.Lang.KO) + " (이 덱은 건너뜀; 'gradcards content check'로 확인)",
                p.format() + " (deck skipped; see 'gradcards content check')");
    }
}
