package gradcards.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.store.AnkiCollection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An Anki collection's notes as gradcards cards: Basic-style → flashcard, Cloze → one cloze card per cN. */
final class AnkiImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** A note type: name, whether it is a cloze type, field names in order. */
    record Notetype(String name, boolean cloze, List<String> fields) {
    }

    private AnkiImport() {
    }

    /** The cards of every note; skipped notes are counted by reason, media named in fields are listed. */
    static ImportPlan plan(String file, AnkiPackage.Opened opened, String deckOverride) {
        AnkiCollection.Contents c = opened.contents();
        Map<Long, Notetype> types = notetypes(c);
        Map<Long, String> decks = deckNames(c);
        Map<Long, List<AnkiCollection.CardRow>> cardsByNote = new HashMap<>();
        for (AnkiCollection.CardRow r : c.cards()) cardsByNote.computeIfAbsent(r.noteId(), k -> new ArrayList<>()).add(r);
        ImportPlan plan = new ImportPlan(file, "Anki " + opened.collectionName());
        Set<String> media = new LinkedHashSet<>();
        for (AnkiCollection.NoteRow n : c.notes()) {
            plan.notes++;
            Notetype t = types.get(n.notetypeId());
            List<AnkiCollection.CardRow> cards = cardsByNote.getOrDefault(n.id(), List.of());
            if (t == null) {
                plan.skip("unknown note type", "알 수 없는 노트 유형");
                continue;
            }
            String[] raw = n.fields().split("\u001f", -1);
            for (String f : raw) media.addAll(Html.media(f));
            String deck = deckOverride != null ? deckOverride
                    : cards.isEmpty() ? "Anki" : decks.getOrDefault(cards.get(0).deckId(), "Anki");
            List<String> tags = tags(n.tags());
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < raw.length; i++) {
                fields.put(i < t.fields().size() ? t.fields().get(i) : "Field " + (i + 1), Html.toText(raw[i]));
            }
            List<String> values = new ArrayList<>(fields.values());
            if (t.cloze()) cloze(plan, n, deck, fields, values, tags, cards);
            else basic(plan, n, deck, fields, values, tags, cards);
        }
        plan.media.addAll(media);
        plan.mediaInPackage = opened.media().size();
        plan.revlog = c.revlog();
        return plan;
    }

    private static void basic(ImportPlan plan, AnkiCollection.NoteRow n, String deck, Map<String, String> fields,
                              List<String> values, List<String> tags, List<AnkiCollection.CardRow> cards) {
        String front = values.isEmpty() ? "" : values.get(0);
        String back = values.size() < 2 ? "" : values.get(1);
        if (front.isBlank()) {
            plan.skip("empty front (an image or sound only?)", "앞면이 비어 있음 (그림·소리만?)");
            return;
        }
        if (back.isBlank()) {
            plan.skip("empty back", "뒷면이 비어 있음");
            return;
        }
        long cardId = cards.stream().filter(r -> r.ord() == 0).mapToLong(AnkiCollection.CardRow::id).findFirst().orElse(0);
        if (cards.size() > 1) plan.skip("extra template cards (reverse etc.) not imported", "추가 템플릿 카드(역방향 등)는 가져오지 않음", cards.size() - 1);
        plan.cards.add(new UserCard(Ids.anki(n.guid(), 0), deck, false, front, back,
                explanation(fields, 2), List.of(), tags, topic(tags), cardId));
    }

    private static void cloze(ImportPlan plan, AnkiCollection.NoteRow n, String deck, Map<String, String> fields,
                              List<String> values, List<String> tags, List<AnkiCollection.CardRow> cards) {
        String text = values.isEmpty() ? "" : values.get(0);
        List<Integer> numbers = ClozeText.numbers(text);
        if (numbers.isEmpty()) {
            plan.skip("cloze note without {{c1::…}}", "{{c1::…}}이 없는 빈칸 노트");
            return;
        }
        String back = fields.getOrDefault("Back", "");
        for (int number : numbers) {
            ClozeText.Card card = ClozeText.card(text, number);
            long cardId = cards.stream().filter(r -> r.ord() == number - 1).mapToLong(AnkiCollection.CardRow::id)
                    .findFirst().orElse(0);
            plan.cards.add(new UserCard(Ids.anki(n.guid(), number), deck, true, card.prompt(),
                    back.isBlank() ? card.answer() : back, explanation(fields, 1), card.answers(), tags, topic(tags), cardId));
        }
    }

    /** The explanation: the field named Explanation when there is one, else every field from index `from` on. */
    private static String explanation(Map<String, String> fields, int from) {
        if (fields.containsKey("Explanation")) {
            StringBuilder b = new StringBuilder(fields.get("Explanation"));
            String precise = fields.getOrDefault("Precise", "");
            if (!precise.isBlank()) b.append(b.length() > 0 ? "\n" : "").append(precise);
            return b.toString();
        }
        List<String> rest = new ArrayList<>();
        int i = 0;
        for (var e : fields.entrySet()) {
            if (i++ >= from && !e.getKey().equals("Back") && !e.getValue().isBlank()) rest.add(e.getValue());
        }
        return String.join("\n", rest);
    }

    private static List<String> tags(String tags) {
        List<String> out = new ArrayList<>();
        for (String t : WHITESPACE.split(tags.strip())) if (!t.isEmpty()) out.add(t);
        return out;
    }

    /** A gradcards::topic::X tag (from our own export) gives the topic back. */
    private static String topic(List<String> tags) {
        for (String t : tags) if (t.startsWith("gradcards::topic::")) return t.substring("gradcards::topic::".length());
        return null;
    }

    private static Map<Long, Notetype> notetypes(AnkiCollection.Contents c) {
        Map<Long, Notetype> out = new HashMap<>();
        if (c.modelsJson() != null) {
            try {
                JsonNode models = JSON.readTree(c.modelsJson());
                for (var it = models.fields(); it.hasNext(); ) {
                    JsonNode m = it.next().getValue();
                    List<JsonNode> flds = new ArrayList<>();
                    m.path("flds").forEach(flds::add);
                    flds.sort(Comparator.comparingInt(f -> f.path("ord").asInt(0)));
                    out.put(m.path("id").asLong(), new Notetype(m.path("name").asText(), m.path("type").asInt(0) == 1,
                            flds.stream().map(f -> f.path("name").asText()).toList()));
                }
            } catch (IOException e) {
                return out;
            }
            return out;
        }
        Map<Long, List<AnkiCollection.FieldRow>> fields = new HashMap<>();
        for (AnkiCollection.FieldRow f : c.fields()) fields.computeIfAbsent(f.notetypeId(), k -> new ArrayList<>()).add(f);
        for (AnkiCollection.NotetypeRow t : c.notetypes()) {
            long kind = Protobuf.fields(t.config() == null ? new byte[0] : t.config()).stream()
                    .filter(f -> f.number() == 1 && f.bytes() == null).mapToLong(Protobuf.Field::varint).findFirst().orElse(0);
            List<AnkiCollection.FieldRow> fs = new ArrayList<>(fields.getOrDefault(t.id(), List.of()));
            fs.sort(Comparator.comparingInt(AnkiCollection.FieldRow::ord));
            out.put(t.id(), new Notetype(t.name(), kind == 1, fs.stream().map(AnkiCollection.FieldRow::name).toList()));
        }
        return out;
    }

    private static Map<Long, String> deckNames(AnkiCollection.Contents c) {
        if (c.decksJson() == null) return c.deckNames();
        Map<Long, String> out = new HashMap<>();
        try {
            for (var it = JSON.readTree(c.decksJson()).fields(); it.hasNext(); ) {
                JsonNode d = it.next().getValue();
                out.put(d.path("id").asLong(), d.path("name").asText());
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
