package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.srs.Rating;
import gradcards.store.Database;
import gradcards.store.StoredReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripted mode (standard input not a terminal): command words typed as a short answer are graded as answers;
 * the documented lines q, u and ? stay commands.
 */
class TypedAnswerWordsTest {
    @TempDir
    Path tmp;

    /** A deck holding only the mini deck's short-answer card ("ReLU"), so every prompt is that card. */
    private Path shortOnly() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode deck = (ObjectNode) json.readTree(StudyEndToEndTest.MINI.resolve("mini.json").toFile());
        ArrayNode cards = json.createArrayNode();
        for (JsonNode c : deck.get("cards")) if (c.get("id").asText().equals("mini-short-01")) cards.add(c);
        deck.set("cards", cards);
        Path dir = Files.createDirectories(tmp.resolve("short"));
        json.writeValue(dir.resolve("mini.json").toFile(), deck);
        return dir;
    }

    private String[] args(Path deck, String... command) {
        List<String> all = new java.util.ArrayList<>(List.of("--db", tmp.resolve("t.sqlite").toString(), "--content",
                deck.toString(), "--now", "2026-12-01T09:00:00Z", "--lang", "en"));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }

    @Test
    void commandWordsAreGradedAndTheDocumentedLinesStayCommands() throws Exception {
        // each word is an answer (wrong, rated Again with Enter); the card comes back within the session
        String script = "종료\n\n도움말\n\nhelp\n\nquit\n\nundo\n\nu\n?\n\nq\n";
        TestEnv env = new TestEnv(script);
        assertThat(env.run(args(shortOnly(), "study"))).isZero();
        assertThat(env.out()).contains("you gave: 종료").contains("you gave: 도움말").contains("you gave: help")
                .contains("you gave: quit").contains("you gave: undo")
                .contains("the last answer was taken back") // u undid the answer "undo"
                .contains("Help");                           // ? showed the help screen
        try (Database db = Database.open(tmp.resolve("t.sqlite"))) {
            List<StoredReview> reviews = db.reviews("mini-short-01");
            assertThat(reviews).hasSize(4); // five answers, the last one undone
            assertThat(reviews).allMatch(r -> r.review().rating() == Rating.AGAIN);
        }
    }

    @Test
    void inAQuizACommandWordIsAnAnswerAndQStillQuits() throws Exception {
        TestEnv env = new TestEnv("quit\nq\n");
        assertThat(env.run(args(shortOnly(), "quiz", "--count", "1"))).isZero();
        assertThat(env.out()).contains("0 / 1");
        TestEnv quits = new TestEnv("q\n");
        assertThat(quits.run(args(shortOnly(), "quiz", "--count", "1"))).isZero();
        assertThat(quits.out()).doesNotContain(" / 1");
    }
}
