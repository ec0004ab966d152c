package gradcards.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * UserCard.toJson writes with Jackson's streaming generator: the text must stay exactly what the ObjectNode it replaced
 * printed, since a re-import compares the stored body with the new one (a different text would mark every card
 * of an unchanged file as updated).
 */
class UserCardJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PIECES = List.of("기울기", "a", "\"", "\\", "\n", "\t", "\u0001", "\u001f", "/", "<b>",
            "&amp;", "😀", "\u2028", " ", "{{1}}", "σ'(x)", "");

    /** The body as the ObjectNode version wrote it. */
    private static String objectNode(UserCard c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("type", c.cloze() ? "cloze" : "flashcard");
        if (c.topic() != null && !c.topic().isEmpty()) n.put("topic", c.topic());
        n.put("prompt", c.prompt());
        n.put("answer", c.answer());
        if (c.explanation() != null && !c.explanation().isBlank()) n.put("explanation", c.explanation());
        if (c.cloze()) {
            ArrayNode b = n.putArray("blanks");
            c.blanks().forEach(b::add);
        }
        if (!c.tags().isEmpty()) {
            ArrayNode t = n.putArray("tags");
            c.tags().forEach(t::add);
        }
        return n.toString();
    }

    private static String text(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(6); i > 0; i--) b.append(PIECES.get(rnd.nextInt(PIECES.size())));
        return b.toString();
    }

    private static List<String> list(Random rnd) {
        List<String> out = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) out.add(text(rnd));
        return out;
    }

    @Test
    void theStreamedBodyIsTheTextTheObjectNodePrinted() {
        Random rnd = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            boolean cloze = rnd.nextBoolean();
            UserCard c = new UserCard("anki:" + text(rnd), text(rnd), cloze, text(rnd), text(rnd),
                    rnd.nextInt(4) == 0 ? null : text(rnd), list(rnd), list(rnd), rnd.nextInt(3) == 0 ? null : text(rnd), i);
            assertThat(c.toJson()).isEqualTo(objectNode(c));
        }
    }
}
