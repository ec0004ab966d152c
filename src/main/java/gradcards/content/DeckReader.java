package gradcards.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gradcards.i18n.Counted;
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
            String why = e.getOriginalMessage().split("\n")[0];
            problems.add(Problem.of(file, l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(), Text.of(
                    "JSON 문법이 깨졌습니다: " + why + " (이 위치의 문법을 고치세요)",
                    "broken JSON: " + why + " (fix the syntax)")));
            return null;
        } catch (IOException e) {
            problems.add(Problem.of(file, 1, 1, Text.of("읽을 수 없습니다: " + e.getMessage() + " (파일을 확인하세요)",
                    "cannot read: " + e.getMessage())));
            return null;
        }
        JsonNode root = json.root();
        JsonNode cards = root.get("cards");
        if (!root.isObject() || cards == null || !cards.isArray()) {
            problem("", Text.of("덱은 \"cards\" 배열을 가진 JSON 객체여야 합니다 ({\"cards\": [...]} 형태로 쓰세요)",
                    "a deck must be an object with a \"cards\" array"));
            return null;
        }
        String name = root.path("deck").isTextual() ? root.get("deck").asText() : defaultName;
        Text title = root.has("title") ? text(root, "", "title", Text.of("덱 \"" + name + "\"", "deck \"" + name + "\"")) : Text.of(name, name);
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
            problem(ptr, Text.of("카드는 JSON 객체여야 합니다 ({\"id\": …, \"type\": …} 형태로 쓰세요)",
                    "a card must be a JSON object"));
            return null;
        }
        String id = n.path("id").asText("").strip();
        int place = Integer.parseInt(ptr.substring(ptr.lastIndexOf('/') + 1)) + 1; // counted from 1, as a learner counts
        Text who = id.isEmpty() ? Text.of(place + "번째 카드", "card " + place)
                : Text.of("카드 \"" + id + "\"", "card \"" + id + "\"");
        int before = problems.size();
        if (id.isEmpty()) problem(ptr, who, "에 \"id\" 항목이 없습니다 (\"" + deck + "-fc-01\" 같은 바뀌지 않는 id를 넣으세요)",
                " has no \"id\" (add a stable id such as \"" + deck + "-fc-01\")");
        else if (user == null && !ID.matcher(id).matches()) problem(ptr + "/id", who,
                ": id에는 a-z, 0-9, '-'만 쓸 수 있습니다 (id를 고치세요)", ": an id may hold only a-z, 0-9 and '-'");
        else if (user != null && (id.length() > 200 || id.chars().anyMatch(ch -> ch < 0x21))) {
            problem(ptr + "/id", who, ": id에는 공백이나 제어 문자를 쓸 수 없습니다 (id를 고치세요)",
                    ": an id may not hold spaces or control characters");
        }
        if (user != null && !id.isEmpty()) id = user.idPrefix() + id;
        if (!id.isEmpty()) ids.add(new Object[] {id, ptr + "/id"});
        CardType type = CardType.fromCode(n.path("type").asText(""));
        if (type == null) problem(ptr + "/type", who, ": 알 수 없는 type \"" + n.path("type").asText("") + "\" ("
                + CardType.codes(CardType.all()) + " 중 하나를 쓰세요)", " has type \"" + n.path("type").asText("")
                + "\" (use " + CardType.codes(CardType.all()) + ")");
        CardInfo info = info(n, ptr, who, deck, id, type);
        if (type == null || info == null) return null;
        Card c = typed(n, ptr, who, info);
        return problems.size() == before ? c : null;
    }

    private CardInfo info(JsonNode n, String ptr, Text who, String deck, String id, CardType type) {
        List<String> facts = user != null && !n.has("facts") ? new ArrayList<>() : facts(n, ptr, who);
        Topic topic = Topic.fromCode(n.path("topic").asText(""));
        if (user != null && (topic == null || !n.has("topic"))) topic = Topic.OWN;
        if (topic == null || (user == null && topic == Topic.OWN)) problem(ptr + "/topic", who,
                ": 알 수 없는 topic \"" + n.path("topic").asText("")
                        + "\" (definition, cause, remedy, exploding, history 중 하나를 쓰세요)",
                " has topic \"" + n.path("topic").asText("") + "\" (use definition, cause, remedy, exploding or history)");
        int subject = n.path("subject").asInt(0);
        if (user != null && !n.has("subject")) subject = 0;
        else if (subject != 3 && subject != 4) problem(ptr + "/subject", who,
                "에 \"subject\": 3 또는 4가 필요합니다 (시험 과목)", " needs \"subject\": 3 or 4 (the exam subject)");
        Text prompt = text(n, ptr, "prompt", who);
        Text answer = text(n, ptr, "answer", who);
        Text explanation = user != null && !n.has("explanation") ? Text.of("", "") : text(n, ptr, "explanation", who);
        Text precise = n.has("precise") ? text(n, ptr, "precise", who) : null;
        String demo = n.has("demo") ? n.get("demo").asText("") : null;
        if (demo != null && !DEMO.matcher(demo).matches()) {
            problem(ptr + "/demo", who, ": 없는 demo \"" + demo + "\" (D01 … D15 중 하나를 쓰세요)",
                    " has demo \"" + demo + "\" (use D01 … D15)");
        }
        boolean low = "low".equals(n.path("priority").asText(""));
        return new CardInfo(id, deck, type, facts, topic, subject, low, prompt, answer, explanation, precise, demo);
    }

    private List<String> facts(JsonNode n, String ptr, Text who) {
        JsonNode f = n.get("facts");
        List<String> out = new ArrayList<>();
        if (f == null || !f.isArray() || f.isEmpty()) {
            problem(ptr, who, "에 \"facts\" 항목이 없습니다 (카드가 가르치는 사실 id를 넣으세요. 예: [\"S01\"])",
                    " lists no \"facts\" (add the fact ids it teaches, e.g. [\"S01\"])");
            return out;
        }
        for (int i = 0; i < f.size(); i++) {
            String id = f.get(i).asText("");
            if (!factIds.contains(id)) problem(ptr + "/facts/" + i, who, ": 없는 사실 \"" + id
                    + "\"" + Counted.Particle.OBJECT.form(id) + " 인용합니다 (S01–S44 또는 B01–B25를 쓰세요)", " cites unknown fact \"" + id
                    + "\" (use S01–S44 or B01–B25)");
            out.add(id);
        }
        return out;
    }

    /** A {"ko", "en"} field; reports each missing language. */
    private Text text(JsonNode n, String ptr, String field, Text who) {
        JsonNode t = n.get(field);
        if (user != null && t != null && t.isTextual() && !t.asText().isBlank()) {
            return Text.of(t.asText().strip(), t.asText().strip());
        }
        if (t == null || !t.isObject()) {
            problem(ptr, who, "에 \"" + field + "\" 항목이 없습니다 (\"" + field + "\": {\"ko\": …, \"en\": …} 형태로 넣으세요)",
                    " has no \"" + field + "\" (add \"" + field + "\": {\"ko\": …, \"en\": …})");
            return null;
        }
        return bilingual(t, ptr + "/" + field, Text.of("\"" + field + "\" 항목", field), field, who);
    }

    /** A {"ko", "en"} object at ptr; reports each missing language. label names it ("choice 1"), field is its JSON name. */
    private Text bilingual(JsonNode t, String ptr, Text label, String field, Text who) {
        if (!t.isObject()) {
            problem(ptr, who, ": " + Counted.Particle.TOPIC.after(label.ko()) + " {\"ko\": …, \"en\": …} 형태여야 합니다",
                    ": " + label.en() + " must be {\"ko\": …, \"en\": …}");
            return null;
        }
        String ko = t.path("ko").asText("").strip();
        String en = t.path("en").asText("").strip();
        if (user != null && ko.isEmpty() != en.isEmpty()) {
            String one = expand(ko.isEmpty() ? en : ko, ptr, who);
            return Text.of(one, one);
        }
        if (ko.isEmpty()) problem(ptr, who, "에 한국어 " + Counted.Particle.SUBJECT.after(label.ko()) + " 없습니다 (\""
                + field + ".ko\"를 넣으세요)", " has no Korean " + label.en() + " (add \"" + field + ".ko\")");
        if (en.isEmpty()) problem(ptr, who, "에 영어 " + Counted.Particle.SUBJECT.after(label.ko()) + " 없습니다 (\""
                + field + ".en\"을 넣으세요)", " has no English " + label.en() + " (add \"" + field + ".en\")");
        return Text.of(expand(ko, ptr + "/ko", who), expand(en, ptr + "/en", who));
    }

    /** The text with its measurement keys filled in; each bad key is a problem at the string. */
    private String expand(String text, String ptr, Text who) {
        return MeasureKeys.expandText(text, measurements,
                message -> problem(ptr, who, ": " + message.ko(), ": " + message.en()));
    }

    /** The card of its type, read by the type from the JSON object (null when unusable; problems say why). */
    private Card typed(JsonNode n, String ptr, Text who, CardInfo info) {
        return info.type().read(new Fields(n, ptr, who), info);
    }

    /** One card's JSON object as its type reads its own fields: the node, its pointer and name, and the checks. */
    final class Fields {
        private final JsonNode node;
        private final String ptr;
        private final Text who;

        Fields(JsonNode node, String ptr, Text who) {
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

        /** How messages name it ("card \"id\"", "카드 \"id\""). */
        Text who() {
            return who;
        }

        /** Whether this is a learner's own deck (laxer rules: one language, answers as text). */
        boolean user() {
            return user != null;
        }

        /** A problem of this card at the value at pointer: its name followed by ko, or by en. */
        void problem(String pointer, String ko, String en) {
            DeckReader.this.problem(pointer, who, ko, en);
        }

        /** A problem at the value at pointer, told in both languages. */
        void problem(String pointer, Text message) {
            DeckReader.this.problem(pointer, message);
        }

        /** A {"ko", "en"} object at ptr; reports each missing language. label names it, field is its JSON name. */
        Text bilingual(JsonNode t, String ptr, Text label, String field) {
            return DeckReader.this.bilingual(t, ptr, label, field, who);
        }

        /** A typed answer object (accept, reject, numeric, strict_typos) at ptr; who names it in messages. */
        AnswerSpec answer(JsonNode n, String ptr, Text who) {
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

    private AnswerSpec answer(JsonNode n, String ptr, Text who) {
        List<String> accept = strings(n.get("accept"), ptr + "/accept", who);
        List<String> reject = strings(n.get("reject"), ptr + "/reject", who);
        JsonNode num = n.get("numeric");
        Double value = null;
        Double tol = null;
        if (num != null) {
            if (!num.path("value").isNumber()) problem(ptr + "/numeric", who,
                    ": \"numeric\"에는 숫자 \"value\"가 필요합니다 (예: {\"value\": 0.25})", ": \"numeric\" needs a number \"value\"");
            else value = num.get("value").asDouble();
            if (num.has("tolerance")) tol = num.get("tolerance").asDouble();
        }
        if (accept.isEmpty() && value == null) {
            problem(ptr, who, "에 정답으로 인정할 답이 없습니다 (\"accept\": [...] 또는 \"numeric\": {\"value\": …}을 넣으세요)",
                    " accepts nothing (add \"accept\": [...] or \"numeric\": {\"value\": …})");
        }
        return new AnswerSpec(accept, reject, value, tol, n.path("strict_typos").asBoolean(false));
    }

    private List<String> strings(JsonNode a, String ptr, Text who) {
        List<String> out = new ArrayList<>();
        if (a == null) return out;
        if (!a.isArray()) {
            problem(ptr, who, ": 문자열 목록이어야 합니다 ([\"…\", \"…\"] 형태로 쓰세요)", ": expected a list of strings");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i).asText("").strip();
            if (s.isEmpty()) problem(ptr + "/" + i, who, ": 빈 답이 있습니다 (빈 문자열을 지우세요)", ": empty answer form");
            else if (s.startsWith("@") && groups != null && !groups.contains(s.substring(1))) { // null: synonyms.json is broken
                problem(ptr + "/" + i, who, ": 없는 동의어 묶음 " + Counted.Particle.OBJECT.after(s) + " 가리킵니다 (content/synonyms.json을 보세요)",
                        " refers to unknown synonym group " + s + " (see content/synonyms.json)");
            }
            out.add(s);
        }
        return out;
    }

    /** A problem of the card (or deck) who: its Korean and English lines are who's name followed by ko or en. */
    private void problem(String pointer, Text who, String ko, String en) {
        problem(pointer, Text.of(who.ko() + ko, who.en() + en));
    }

    private void problem(String pointer, Text message) {
        int[] l = json.at(pointer);
        problems.add(Problem.of(file, l[0], l[1], message));
    }
}
