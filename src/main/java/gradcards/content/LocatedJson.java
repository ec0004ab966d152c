package gradcards.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** A parsed JSON document that remembers the line and column of every value, by JSON pointer ("/cards/3/prompt"). */
public final class LocatedJson {
    private final JsonNode root;
    private final String text;
    private Map<String, int[]> locations;

    private LocatedJson(JsonNode root, String text) {
        this.root = root;
        this.text = text;
    }

    public JsonNode root() {
        return root;
    }

    /** Parses text; throws JsonProcessingException (with its location) when it is not valid JSON. */
    public static LocatedJson parse(String text) throws IOException {
        JsonNode root = JsonTree.read(text);
        if (root == null) throw new JsonParseEmpty();
        return new LocatedJson(root, text);
    }

    /** {line, column} of the value at pointer, or of its nearest located ancestor; {1, 1} at worst. */
    public int[] at(String pointer) {
        if (locations == null) locations = locateQuietly(text); // only needed when there is a problem to report
        String p = pointer;
        while (true) {
            int[] loc = locations.get(p);
            if (loc != null) return loc;
            if (p.isEmpty()) return new int[] {1, 1};
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static Map<String, int[]> locateQuietly(String text) {
        try {
            return locate(text);
        } catch (IOException e) {
            return new HashMap<>();
        }
    }

    private static Map<String, int[]> locate(String text) throws IOException {
        Map<String, int[]> out = new HashMap<>();
        Deque<Object> path = new ArrayDeque<>(); // String field names and int[] array counters
        try (JsonParser p = new JsonFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    path.push(p.currentName());
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.pop();
                    popField(path);
                    continue;
                }
                if (!path.isEmpty() && path.peek() instanceof int[] counter) {
                    path.push(counter[0]++);
                }
                out.put(pointer(path), location(p.currentTokenLocation()));
                if (t == JsonToken.START_OBJECT) {
                    path.push(new StringBuilder()); // marker: inside an object
                } else if (t == JsonToken.START_ARRAY) {
                    path.push(new int[] {0});
                } else {
                    popField(path);
                }
            }
        }
        return out;
    }

    /** After a value completes, drop its field name or array index from the path. */
    private static void popField(Deque<Object> path) {
        if (!path.isEmpty() && (path.peek() instanceof String || path.peek() instanceof Integer)) path.pop();
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder b = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            Object o = it.next();
            if (o instanceof String || o instanceof Integer) b.append('/').append(o);
        }
        return b.toString();
    }

    private static int[] location(JsonLocation l) {
        return new int[] {l.getLineNr(), l.getColumnNr()};
    }

    /** An empty document. */
    static final class JsonParseEmpty extends JsonProcessingException {
        JsonParseEmpty() {
            super("the file is empty");
        }
    }
}
