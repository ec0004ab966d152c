package gradcards.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the JSON tree of synonyms.json into groups, with a clear message for each shape error. */
final class SynonymsJson {
    private SynonymsJson() {
    }

    /** The groups by name, in file order. */
    static Map<String, SynonymGroup> groups(JsonNode root) {
        JsonNode groups = root == null ? null : root.get("groups");
        if (groups == null || !groups.isObject()) {
            throw new IllegalArgumentException("synonyms.json needs an object \"groups\"");
        }
        Map<String, SynonymGroup> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : groups.properties()) out.put(e.getKey(), group(e.getKey(), e.getValue()));
        return out;
    }

    private static SynonymGroup group(String name, JsonNode node) {
        if (!node.isObject()) throw new IllegalArgumentException("synonym group " + name + " must be an object");
        List<String> accept = strings(name, "accept", node.get("accept"));
        if (accept.isEmpty()) throw new IllegalArgumentException("synonym group " + name + " accepts nothing");
        return new SynonymGroup(name, accept, strings(name, "reject", node.get("reject")));
    }

    private static List<String> strings(String name, String field, JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array == null) return out;
        if (!array.isArray()) throw new IllegalArgumentException(where(name, field) + " must be a list of strings");
        for (JsonNode n : array) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw new IllegalArgumentException(where(name, field) + " has a non-text or blank entry: " + n);
            }
            out.add(n.asText());
        }
        return out;
    }

    private static String where(String name, String field) {
        return "synonym group " + name + ": \"" + field + "\"";
    }
}
