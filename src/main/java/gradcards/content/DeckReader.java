package gradcards.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gradcards.i18n.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one deck file into a Deck, collecting every problem with its line and column instead of stopping at the first. */
final class DeckReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DEMO = Pattern.compile("D(0[1-9]|1[0-5])");

    private final String file;
    private final Set<String> factIds;
    private final Set<String> groups;
    private final List<Problem> problems;
    private final Measurements measurements;
    private LocatedJson json;
    private final List<Object[]> ids = new ArrayList<>();
    private final UserRules user;

    /**
     * How a learner's own deck is read (null for the bundled decks): only id, type, prompt and answer are required,
     * one language is enough, and every id gets the prefix (a namespace the bundled ids, [a-z0-9-], never use).
     */
    record UserRules(String idPrefix) {
    }

    DeckReader(String file, Set<String> factIds, Set<String> groups, List<Problem> problems, Measurements measurements) {
        this(file, factIds, groups, problems, measurements, null);
    }

    DeckReader(String file, Set<String> factIds, Set<String> groups, List<Problem> problems, Measurements measurements,
               UserRules user) {
        this.file = file;
        this.measurements = measurements;
        this.factIds = factIds;
        this.groups = groups;
        this.problems = problems;
        this.user = user;
    }

    /** The deck, or null when the file is not usable at all (problems say why). */
    Deck read(String text, String defaultName) {
        try {
            json = LocatedJson.parse(text);
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            problems.add(new Problem(file, l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(),
                    "broken JSON: " + e.getOriginalMessage().split("\n")[0] + " (fix the syntax)"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 1, 1, "cannot read: " + e.getMessage()));
            return null;
        }
        JsonNode root = json.root();
        JsonNode cards = root.get("cards");
        if (!root.isObject() || cards == null || !cards.isArray()) {
            problem("", "a deck must be an object with a \"cards\" array");
            return null;
        }
        String name = root.path("deck").isTextual() ? root.get("deck").asText() : defaultName;
        Text title = root.has("title") ? text(root, "", "title", "deck \"" + name + "\"") : Text.of(name, name);
        int order = root.path("order").isInt() ? root.get("order").asInt() : 100;
        List<Card> out = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = card(cards.get(i), "/cards/" + i, name);
            if (c != null) out.add(c);
        }
        return new Deck(name, title == null ? Text.of(name, name) : title, order, out, file);
    }

    /** Every card id read, valid card or not, with its JSON pointer: {id, pointer}. */
    List<Object[]> ids() {
        return ids;
    }

    /** The line and column of the value at pointer. */
    int[] at(String pointer) {
        return json.at(pointer);
    }

    private Card card(JsonNode n, String ptr, String deck) {
        if (!n.isObject()) {
            problem(ptr, "a card must be a JSON object");
            return null;
        }
        String id = n.path("id").asText("").strip();
        String who = id.isEmpty() ? "card " + ptr.substring(ptr.lastIndexOf('/') + 1) : "card \"" + id + "\"";
        int before = problems.size();
        if (id.isEmpty()) problem(ptr, who + " has no \"id\" (add a stable id such as \"" + deck + "-fc-01\")");
        else if (user == null && !ID.matcher(id).matches()) problem(ptr + "/id", who + ": an id may hold only a-z, 0-9 and '-'");
        else if (user != null && (id.length() > 200 || id.chars().anyMatch(ch -> ch < 0x21))) {
            problem(ptr + "/id", who + ": an id may not hold spaces or control characters");
        }
        if (user != null && !id.isEmpty()) id = user.idPrefix() + id;
        if (!id.isEmpty()) ids.add(new Object[] {id, ptr + "/id"});
        CardType type = CardType.fromCode(n.path("type").asText(""));
        if (type == null) problem(ptr + "/type", who + " has type \"" + n.path("type").asText("")
                + "\" (use " + CardType.codes(CardType.all()) + ")");
        CardInfo info = info(n, ptr, who, deck, id, type);
        if (type == null || info == null) return null;
        Card c = typed(n, ptr, who, info);
        return problems.size() == before ? c : null;
    }

    private CardInfo info(JsonNode n, String ptr, String who, String deck, String id, CardType type) {
        List<String> facts = user != null && !n.has("facts") ? new ArrayList<>() : facts(n, ptr, who);
        Topic topic = Topic.fromCode(n.path("topic").asText(""));
        if (user != null && (topic == null || !n.has("topic"))) topic = Topic.OWN;
        if (topic == null || (user == null && topic == Topic.OWN)) problem(ptr + "/topic", who + " has topic \""
                + n.path("topic").asText("") + "\" (use definition, cause, remedy, exploding or history)");
        int subject = n.path("subject").asInt(0);
        if (user != null && !n.has("subject")) subject = 0;
        else if (subject != 3 && subject != 4) problem(ptr + "/subject", who + " needs \"subject\": 3 or 4 (the exam subject)");
        Text prompt = text(n, ptr, "prompt", who);
        Text answer = text(n, ptr, "answer", who);
        Text explanation = user != null && !n.has("explanation") ? Text.of("", "") : text(n, ptr, "explanation", who);
        Text precise = n.has("precise") ? text(n, ptr, "precise", who) : null;
        String demo = n.has("demo") ? n.get("demo").asText("") : null;
        if (demo != null && !DEMO.matcher(demo).matches()) {
            problem(ptr + "/demo", who + " has demo \"" + demo + "\" (use D01 … D15)");
        }
        boolean low = "low".equals(n.path("priority").asText(""));
        return new CardInfo(id, deck, type, facts, topic, subject, low, prompt, answer, explanation, precise, demo);
    }

    private List<String> facts(JsonNode n, String ptr, String who) {
        JsonNode f = n.get("facts");
        List<String> out = new ArrayList<>();
        if (f == null || !f.isArray() || f.isEmpty()) {
            problem(ptr, who + " lists no \"facts\" (add the fact ids it teaches, e.g. [\"S01\"])");
            return out;
        }
        for (int i = 0; i < f.size(); i++) {
            String id = f.get(i).asText("");
            if (!factIds.contains(id)) problem(ptr + "/facts/" + i, who + " cites unknown fact \"" + id
                    + "\" (use S01–S44 or B01–B25)");
            out.add(id);
        }
        return out;
    }

    /** A {"ko", "en"} field; reports each missing language. */
    private Text text(JsonNode n, String ptr, String field, String who) {
        JsonNode t = n.get(field);
        if (user != null && t != null && t.isTextual() && !t.asText().isBlank()) {
            return Text.of(t.asText().strip(), t.asText().strip());
        }
        if (t == null || !t.isObject()) {
            problem(ptr, who + " has no \"" + field + "\" (add \"" + field + "\": {\"ko\": …, \"en\": …})");
            return null;
        }
        return bilingual(t, ptr + "/" + field, field, who);
    }

    /** A {"ko", "en"} object at ptr; reports each missing language. */
    private Text bilingual(JsonNode t, String ptr, String field, String who) {
        if (!t.isObject()) {
            problem(ptr, who + ": " + field + " must be {\"ko\": …, \"en\": …}");
            return null;
        }
        String ko = t.path("ko").asText("").strip();
        String en = t.path("en").asText("").strip();
        if (user != null && ko.isEmpty() != en.isEmpty()) {
            String one = expand(ko.isEmpty() ? en : ko, ptr, who);
            return Text.of(one, one);
        }
        if (ko.isEmpty()) problem(ptr, who + " has no Korean " + field + " (add \"" + field + ".ko\")");
        if (en.isEmpty()) problem(ptr, who + " has no English " + field + " (add \"" + field + ".en\")");
        return Text.of(expand(ko, ptr + "/ko", who), expand(en, ptr + "/en", who));
    }

    /** The text with its measurement keys filled in; each bad key is a problem at the string. */
    private String expand(String text, String ptr, String who) {
        return MeasureKeys.expand(text, measurements, message -> problem(ptr, who + ": " + message));
    }

    /** The card of its type, read by the type from the JSON object (null when unusable; problems say why). */
    private Card typed(JsonNode n, String ptr, String who, CardInfo info) {
        return info.type().read(new Fields(n, ptr, who), info);
    }

    /** One card's JSON object as its type reads its own fields: the node, its pointer and name, and the checks. */
    final class Fields {
        private final JsonNode node;
        private final String ptr;
        private final String who;

        Fields(JsonNode node, String ptr, String who) {
            this.node = node;
            this.ptr = ptr;
            this.who = who;
        }

        /** The card's JSON object. */
        JsonNode node() {
            return node;
        }

        /** Its JSON pointer ("/cards/3"). */
        String ptr() {
            return ptr;
        }

        /** How messages name it ("card \"id\""). */
        String who() {
            return who;
        }

        /** Whether this is a learner's own deck (laxer rules: one language, answers as text). */
        boolean user() {
            return user != null;
        }

        /** A problem at the value at pointer. */
        void problem(String pointer, String message) {
            DeckReader.this.problem(pointer, message);
        }

        /** A {"ko", "en"} object at ptr; reports each missing language. */
        Text bilingual(JsonNode t, String ptr, String field, String who) {
            return DeckReader.this.bilingual(t, ptr, field, who);
        }

        /** A typed answer object (accept, reject, numeric, strict_typos) at ptr. */
        AnswerSpec answer(JsonNode n, String ptr, String who) {
            return DeckReader.this.answer(n, ptr, who);
        }

        /** A user card's typed answer given only as text: its forms in both languages are accepted. */
        static AnswerSpec userAnswer(Text answer) {
            return DeckReader.userAnswer(answer);
        }
    }

    /** A user card's typed answer given only as text: its forms in both languages are accepted. */
    private static AnswerSpec userAnswer(Text answer) {
        List<String> accept = new ArrayList<>();
        for (String s : List.of(answer.ko().strip(), answer.en().strip())) {
            if (!s.isEmpty() && !accept.contains(s)) accept.add(s);
        }
        return new AnswerSpec(accept, List.of(), null, null, false);
    }

    private AnswerSpec answer(JsonNode n, String ptr, String who) {
        List<String> accept = strings(n.get("accept"), ptr + "/accept", who);
        List<String> reject = strings(n.get("reject"), ptr + "/reject", who);
        JsonNode num = n.get("numeric");
        Double value = null;
        Double tol = null;
        if (num != null) {
            if (!num.path("value").isNumber()) problem(ptr + "/numeric", who + ": \"numeric\" needs a number \"value\"");
            else value = num.get("value").asDouble();
            if (num.has("tolerance")) tol = num.get("tolerance").asDouble();
        }
        if (accept.isEmpty() && value == null) {
            problem(ptr, who + " accepts nothing (add \"accept\": [...] or \"numeric\": {\"value\": …})");
        }
        return new AnswerSpec(accept, reject, value, tol, n.path("strict_typos").asBoolean(false));
    }

    private List<String> strings(JsonNode a, String ptr, String who) {
        List<String> out = new ArrayList<>();
        if (a == null) return out;
        if (!a.isArray()) {
            problem(ptr, who + ": expected a list of strings");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i).asText("").strip();
            if (s.isEmpty()) problem(ptr + "/" + i, who + ": empty answer form");
            else if (s.startsWith("@") && groups != null && !groups.contains(s.substring(1))) { // null: synonyms.json is broken
                problem(ptr + "/" + i, who + " refers to unknown synonym group " + s + " (see content/synonyms.json)");
            }
            out.add(s);
        }
        return out;
    }

    private void problem(String pointer, String message) {
        int[] l = json.at(pointer);
        problems.add(new Problem(file, l[0], l[1], message));
    }
}
