package gradcards.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.i18n.Text;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.study.CardRow;
import gradcards.study.Marks;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of `cards --json` (an array of {id, type, topic, subject, state, due, recall, reps, lapses, suspended,
 * flagged, leech, buried}) and of `card ID --json` (the card, its memory, marks and history). Instants are ISO-8601
 * UTC; due and recall are null for a card never studied; state is new, learning, review or relearning.
 */
public final class CardJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CardJson() {
    }

    /** The rows as a JSON array. */
    public static String list(List<CardRow> rows, Instant now) {
        ArrayNode a = MAPPER.createArrayNode();
        for (CardRow r : rows) {
            ObjectNode o = a.addObject();
            CardInfo i = r.card().info();
            o.put("id", i.id());
            o.put("type", i.type().code());
            o.put("topic", i.topic().code());
            o.put("subject", i.subject());
            memory(o, r.memory(), r.recall());
            marks(o, r.marks(), now);
        }
        return write(a);
    }

    /** One card in full: content (both languages), memory, marks and history; card is null when no longer in the decks. */
    public static String detail(String id, Card card, Memory memory, double recall, Marks marks,
                                List<CardDetail.Past> history, Instant now) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("in_decks", card != null);
        if (card != null) content(o, card);
        memory(o, memory, recall);
        if (memory != null && !memory.isNew()) {
            o.put("stability", memory.stability());
            o.put("difficulty", memory.difficulty());
        } else {
            o.putNull("stability");
            o.putNull("difficulty");
        }
        marks(o, marks, now);
        ArrayNode h = o.putArray("history");
        for (CardDetail.Past p : history) {
            ObjectNode e = h.addObject();
            e.put("reviewed_at", p.at().toString());
            e.put("rating", p.rating().value());
            e.put("mode", p.mode());
            e.put("state_before", state(p.before()));
        }
        return write(o);
    }

    private static void content(ObjectNode o, Card card) {
        CardInfo i = card.info();
        o.put("deck", i.deck());
        o.put("type", i.type().code());
        o.put("topic", i.topic().code());
        o.put("subject", i.subject());
        o.set("facts", MAPPER.valueToTree(i.facts()));
        text(o, "prompt", i.prompt());
        text(o, "answer", i.answer());
        text(o, "explanation", i.explanation());
        text(o, "precise", i.precise());
        o.put("demo", i.demo());
        card.exportJson(o);
    }

    private static void text(ObjectNode o, String field, Text t) {
        if (t == null) o.putNull(field);
        else o.putObject(field).put("ko", t.ko()).put("en", t.en());
    }

    private static void memory(ObjectNode o, Memory m, double recall) {
        boolean studied = m != null && !m.isNew();
        o.put("state", state(studied ? m.state() : CardState.NEW));
        if (studied) o.put("due", m.due().toString());
        else o.putNull("due");
        if (Double.isNaN(recall) || !studied) o.putNull("recall");
        else o.put("recall", Math.round(recall * 10_000) / 10_000.0);
        o.put("reps", studied ? m.reps() : 0);
        o.put("lapses", studied ? m.lapses() : 0);
    }

    private static void marks(ObjectNode o, Marks m, Instant now) {
        o.put("suspended", m.suspended());
        o.put("flagged", m.flagged());
        o.put("leech", m.leech());
        o.put("buried", m.buriedAt(now));
    }

    /** The lower-case state name used by --state and the JSON. */
    static String state(CardState s) {
        return s.code().toLowerCase(Locale.ROOT);
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
