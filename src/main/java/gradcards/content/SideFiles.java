package gradcards.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gradcards.i18n.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files beside the decks: the fact inventory (facts.json) and the synonym groups (synonyms.json). Each problem is
 * told against that file (file:line:col), not against the decks that use it.
 */
final class SideFiles {
    private static final Pattern GROUP = Pattern.compile("synonym group @?([^\\s:\"]+)");

    private SideFiles() {
    }

    /** The facts by id, in file order; every problem of the file is added (a broken file gives no facts). */
    static Map<String, Fact> facts(String where, String text, List<Problem> problems) {
        Map<String, Fact> out = new LinkedHashMap<>();
        if (text == null) return out;
        LocatedJson json = parse(where, text, "사실 목록", "fact inventory", problems);
        if (json == null) return out;
        JsonNode list = json.root().get("facts");
        if (!json.root().isObject() || list == null || !list.isArray()) {
            problems.add(Problem.of(where, 1, 1, Text.of(
                    "사실 목록은 {\"facts\": [...]} 모양이어야 합니다: 고치거나, 이 파일을 지워 내장 목록을 쓰세요",
                    "the fact inventory must be {\"facts\": [...]}: fix it, or delete the file to use the bundled one")));
            return out;
        }
        int before = problems.size();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String ptr = "/facts/" + i;
            String id = f.path("id").isTextual() ? f.get("id").asText().strip() : "";
            if (!f.isObject() || id.isEmpty()) {
                problem(json, where, ptr, problems, "사실 " + (i + 1) + "에 \"id\"가 없습니다 (\"S01\" 같은 id를 넣으세요)",
                        "fact " + (i + 1) + " has no \"id\" (add an id such as \"S01\")");
                continue;
            }
            if (!seen.add(id)) {
                problem(json, where, ptr + "/id", problems, "사실 id \"" + id + "\"가 두 번 나옵니다 (id는 하나씩만)",
                        "fact id \"" + id + "\" appears twice (each id once)");
            }
            for (String lang : List.of("ko", "en")) {
                if (!f.path(lang).isTextual() || f.get(lang).asText().isBlank()) {
                    problem(json, where, ptr, problems, "사실 \"" + id + "\"에 \"" + lang + "\" 문장이 없습니다 (넣으세요)",
                            "fact \"" + id + "\" has no \"" + lang + "\" text (add it)");
                }
            }
            String demo = f.path("demo").isTextual() ? f.get("demo").asText() : null;
            String errata = f.path("errata").isTextual() ? f.get("errata").asText() : null;
            out.put(id, new Fact(id, Text.of(f.path("ko").asText(), f.path("en").asText()), f.path("category").asText(),
                    f.path("source").asText(), demo, errata, "low".equals(f.path("priority").asText())));
        }
        return problems.size() == before ? out : new LinkedHashMap<>();
    }

    /**
     * The synonym group names, or null when the file is broken: then one problem says where, and the decks'
     * {@code @group} references are not checked (they are not the decks' fault). The whole file is checked by the
     * grader's own reader, so whatever loads here also grades.
     */
    static Set<String> synonymGroups(String where, String text, List<Problem> problems) {
        LocatedJson json = parse(where, text, "동의어 파일", "synonyms file", problems);
        if (json == null) return null;
        try {
            gradcards.grade.Synonyms.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            String detail = e.getMessage().replaceFirst("^synonyms\\.json ", "");
            Matcher m = GROUP.matcher(detail);
            int[] at = m.find() ? json.at("/groups/" + m.group(1).replace("~", "~0").replace("/", "~1")) : new int[] {1, 1};
            problems.add(Problem.of(where, at[0], at[1], Text.of(
                    "동의어 파일이 잘못되었습니다: " + detail + " (고친 뒤 'gradcards content check'로 확인하세요)",
                    "broken synonyms file: " + detail + " (fix it, then run 'gradcards content check')")));
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        json.root().path("groups").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static LocatedJson parse(String where, String text, String whatKo, String what, List<Problem> problems) {
        try {
            return LocatedJson.parse(text);
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            String detail = e.getOriginalMessage().split("\n")[0].replaceFirst(" \\(start marker at .*", "");
            problems.add(Problem.of(where, l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(), Text.of(
                    whatKo + "의 JSON이 깨졌습니다: " + detail + " (문법을 고치세요)",
                    "broken JSON in the " + what + ": " + detail + " (fix the syntax)")));
        } catch (IOException e) {
            problems.add(Problem.of(where, 0, 0, Text.of(whatKo + "을(를) 읽을 수 없습니다: " + e.getMessage(),
                    "cannot read the " + what + ": " + e.getMessage())));
        }
        return null;
    }

    private static void problem(LocatedJson json, String where, String ptr, List<Problem> problems, String ko, String en) {
        int[] l = json.at(ptr);
        problems.add(Problem.of(where, l[0], l[1], Text.of(ko, en)));
    }
}
