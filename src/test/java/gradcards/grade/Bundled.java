package gradcards.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled content/synonyms.json, as the grader sees it and as raw JSON (an independent reading). */
final class Bundled {
    static final String PATH = "/gradcards/content/synonyms.json";
    private static Synonyms synonyms;

    private Bundled() {
    }

    static synchronized Synonyms synonyms() {
        if (synonyms == null) {
            try (InputStream in = open()) {
                synonyms = Synonyms.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return synonyms;
    }

    static JsonNode json() {
        try (InputStream in = open()) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open() {
        InputStream in = Bundled.class.getResourceAsStream(PATH);
        if (in == null) throw new IllegalStateException(PATH + " is not on the class path");
        return in;
    }
}
