package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Flashcard;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.content.ContentSnapshot;
import gradcards.content.Deck;
import gradcards.content.SnapshotStore;
import gradcards.i18n.Text;
import gradcards.store.Database;
import gradcards.store.UserCards;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deck snapshot end to end: the first start writes it, later starts read it instead of the decks, and any change
 * of an input (a decks/ file, an imported card) or a damaged snapshot makes the decks load and validate again.
 */
class DeckCacheTest {
    @TempDir
    Path tmp;
    Path db;
    Path snapshots;

    @BeforeEach
    void paths() {
        db = tmp.resolve("data/study.sqlite");
        snapshots = tmp.resolve("cache/gradcards/decks");
    }

    TestEnv.Result run(String... args) {
        TestEnv e = new TestEnv("").var("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        List<String> a = new ArrayList<>(List.of("--db", db.toString(), "--lang", "en", "--now", "2026-12-01T09:00:00Z"));
        a.addAll(List.of(args));
        return e.result(a.toArray(String[]::new));
    }

    List<Path> snapshotFiles() throws IOException {
        if (!Files.isDirectory(snapshots)) return List.of();
        try (Stream<Path> s = Files.list(snapshots)) {
            return s.sorted().toList();
        }
    }

    static Card firstFlashcard(Content c) {
        return c.cards().stream().filter(k -> k.type() == gradcards.content.Flashcard.TYPE).findFirst().orElseThrow();
    }

    @Test
    void theFirstStartWritesOneSnapshotAndLaterStartsUseIt() throws IOException {
        Content bundled = ContentLoader.bundled().content();
        Card card = firstFlashcard(bundled);
        TestEnv.Result first = run("card", card.id());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(snapshotFiles()).hasSize(1);
        assertThat(run("card", card.id()).out()).isEqualTo(first.out());

        // a snapshot for the same inputs whose card says something else: what the next start shows comes from it
        CardInfo i = card.info();
        Card marked = new Flashcard(new CardInfo(i.id(), i.deck(), i.type(), i.facts(), i.topic(), i.subject(),
                i.lowPriority(), Text.of("스냅샷에서 온 질문", "A prompt from the snapshot"), i.answer(), i.explanation(),
                i.precise(), i.demo()));
        List<Deck> decks = bundled.decks().stream().map(d -> new Deck(d.name(), d.title(), d.order(),
                d.cards().stream().map(k -> k.id().equals(card.id()) ? marked : k).toList(), d.source())).toList();
        Content doctored = new Content(decks, bundled.facts(), bundled.synonymsJson(), bundled.measurements());
        SnapshotStore store = new SnapshotStore(snapshots);
        assertThat(store.write(currentKey(), ContentSnapshot.encode(doctored, List.of()))).isTrue();
        assertThat(snapshotFiles()).hasSize(1); // the same key: the same file
        assertThat(run("card", card.id()).out()).contains("A prompt from the snapshot");

        // a damaged snapshot is ignored: the decks are read and validated again, and a whole snapshot written
        Path f = snapshotFiles().get(0);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        TestEnv.Result again = run("card", card.id());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(first.out()).doesNotContain("from the snapshot");
        assertThat(store.read(currentKey())).hasValueSatisfying(l ->
                assertThat(l.content().byId().get(card.id())).isEqualTo(card));
    }

    @Test
    void aChangedDeckFileIsSeenOnTheNextStartAndABrokenOneIsReportedEveryTime() throws IOException {
        Path decks = db.resolveSibling("decks");
        Files.createDirectories(decks);
        Path mine = decks.resolve("mine.json");
        Files.writeString(mine, deck("one"), StandardCharsets.UTF_8);
        assertThat(run("cards").out()).contains("deck:mine:one").doesNotContain("deck:mine:two");
        assertThat(run("cards").out()).contains("deck:mine:one");
        Files.writeString(mine, deck("one", "two"), StandardCharsets.UTF_8);
        assertThat(run("cards").out()).contains("deck:mine:one", "deck:mine:two");
        assertThat(snapshotFiles()).hasSize(2);

        Files.writeString(decks.resolve("broken.json"), "{\"deck\": \"broken\", \"cards\": [", StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) { // built, then read from the snapshot: the same warning and the same cards
            TestEnv.Result r = run("cards");
            assertThat(r.code()).isZero();
            assertThat(r.err()).contains("broken.json", "deck skipped");
            assertThat(r.out()).contains("deck:mine:one", "deck:mine:two");
        }
        Files.delete(mine);
        assertThat(run("cards").out()).doesNotContain("deck:mine:");
    }

    @Test
    void aChangedImportedCardIsSeenOnTheNextStart() {
        assertThat(run("cards").code()).isZero(); // the database exists, the snapshot of the bundled bank too
        importCard("What is ReLU?");
        assertThat(run("card", "csv:own:1").out()).contains("What is ReLU?");
        importCard("What is GELU?");
        assertThat(run("card", "csv:own:1").out()).contains("What is GELU?").doesNotContain("ReLU");
    }

    /** The snapshot key for the test's database as it is now. */
    gradcards.content.SnapshotKey currentKey() {
        try (Database d = Database.open(db)) {
            return DeckCache.key(db, d.userCards().changeToken());
        }
    }

    @Test
    void theImportedCardsTokenChangesWithEveryChangeToThemAndOnlyThen() {
        try (Database d = Database.open(db)) {
            String t0 = d.userCards().changeToken();
            assertThat(t0).hasSize(32);
            assertThat(d.userCards().changeToken()).isEqualTo(t0);
            String body = "{\"id\":\"csv:own:1\",\"type\":\"flashcard\",\"prompt\":\"Q\",\"answer\":\"A\"}";
            List<UserCards.Row> rows = List.of(new UserCards.Row("csv:own:1", "own", 1, body, "test"));
            d.userCards().importCards(rows, List.of(), Map.of());
            String t1 = d.userCards().changeToken();
            assertThat(t1).isNotEqualTo(t0);
            d.userCards().importCards(rows, List.of(), Map.of()); // the same body: nothing changes
            assertThat(d.userCards().changeToken()).isEqualTo(t1);
            d.userCards().importCards(List.of(new UserCards.Row("csv:own:1", "own", 1, body.replace("\"Q\"", "\"R\""),
                    "test")), List.of(), Map.of());
            assertThat(d.userCards().changeToken()).isNotEqualTo(t1).isNotEqualTo(t0);
        }
    }

    void importCard(String prompt) {
        String body = "{\"id\":\"csv:own:1\",\"type\":\"flashcard\",\"prompt\":\"" + prompt + "\",\"answer\":\"a function\"}";
        try (Database d = Database.open(db)) {
            d.userCards().importCards(List.of(new UserCards.Row("csv:own:1", "own", 1, body, "test")), List.of(), Map.of());
        }
    }

    static String deck(String... ids) {
        StringBuilder b = new StringBuilder("{\"deck\": \"mine\", \"cards\": [");
        for (int i = 0; i < ids.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\": \"").append(ids[i])
                    .append("\", \"type\": \"flashcard\", \"prompt\": \"Q ").append(ids[i]).append("\", \"answer\": \"A\"}");
        }
        return b.append("]}").toString();
    }

    @Test
    void withoutACacheFolderNothingIsWritten() throws IOException {
        TestEnv e = new TestEnv(""); // HOME points to a folder that does not exist, no XDG_CACHE_HOME
        assertThat(e.result(new String[] {"--db", db.toString(), "cards"}).code()).isZero();
        assertThat(Files.exists(Path.of("/nonexistent-home-for-tests"))).isFalse();
        TestEnv off = new TestEnv("").var("XDG_CACHE_HOME", tmp.resolve("cache").toString()).var("GRADCARDS_DECK_CACHE", "0");
        assertThat(off.result(new String[] {"--db", db.toString(), "cards"}).code()).isZero();
        assertThat(snapshotFiles()).isEmpty();
    }
}
