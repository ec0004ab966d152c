package gradcards.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A card read from a learner's file, before it becomes a deck card: a flashcard (prompt, answer) or a cloze (prompt
 * with {{1}} … and one answer per blank), with the explanation, tags and, for Anki, the card it came from.
 *
 * @param id         the namespaced id (csv:…, md:…, anki:…): never equal to a bundled id
 * @param ankiCardId the Anki card id for its review history, or 0
 */
public record UserCard(String id, String deck, boolean cloze, String prompt, String answer, String explanation,
                       List<String> blanks, List<String> tags, String topic, long ankiCardId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The card in the user-deck JSON format (one language: the text serves both). */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("type", cloze ? "cloze" : "flashcard");
        if (topic != null && !topic.isEmpty()) n.put("topic", topic);
        n.put("prompt", prompt);
        n.put("answer", answer);
        if (explanation != null && !explanation.isBlank()) n.put("explanation", explanation);
        if (cloze) {
            ArrayNode b = n.putArray("blanks");
            blanks.forEach(b::add);
        }
        if (!tags.isEmpty()) {
            ArrayNode t = n.putArray("tags");
            tags.forEach(t::add);
        }
        return n.toString();
    }
}
