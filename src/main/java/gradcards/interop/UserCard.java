package gradcards.interop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The card in the user-deck JSON format (one language: the text serves both). Written by Jackson's streaming
     * generator, the same compact text an ObjectNode printed (without setting up an ObjectMapper on a cold JVM).
     */
    public String toJson() {
        StringWriter out = new StringWriter(64 + prompt.length() + answer.length()
                + (explanation == null ? 0 : explanation.length()));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("type", cloze ? "cloze" : "flashcard");
            if (topic != null && !topic.isEmpty()) g.writeStringField("topic", topic);
            g.writeStringField("prompt", prompt);
            g.writeStringField("answer", answer);
            if (explanation != null && !explanation.isBlank()) g.writeStringField("explanation", explanation);
            if (cloze) {
                g.writeArrayFieldStart("blanks");
                for (String b : blanks) g.writeString(b);
                g.writeEndArray();
            }
            if (!tags.isEmpty()) {
                g.writeArrayFieldStart("tags");
                for (String t : tags) g.writeString(t);
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
