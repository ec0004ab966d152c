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

/**
 * An Anki collection's notes as gradcards cards: a Basic-style note → one flashcard per template it has a card for
 * (front: the fields the template's question shows; back: the first other field its answer shows), Cloze → one cloze
 * card per cN.
 */
final class AnkiImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** A note type: name, whether it is a cloze type, field names in order, card templates by ord. */
    record Notetype(String name, boolean cloze, List<String> fields, Map<Integer, Template> templates) {
    }

    /** A card template: its ord (0-based), name and question/answer formats. */
    record Template(int ord, String name, String qfmt, String afmt) {
    }

    /** {{Field}}, {{text:Field}}, {{type:Field}} …; not {{#Field}}, {{/Field}}, {{^Field}} (conditions). */
    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("\\{\\{\\s*([^#/^!{}][^{}]*?)\\s*}}");

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
        Map<RefKey, List<String>> refs = new HashMap<>(); // a template's field references, parsed once per note type
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
            else basic(plan, n, t, deckOverride, decks, fields, values, tags, cards, refs);
        }
        plan.media.addAll(media);
        plan.mediaInPackage = opened.media().size();
        plan.revlog = c.revlog();
        return plan;
    }

    private static void basic(ImportPlan plan, AnkiCollection.NoteRow n, Notetype t, String deckOverride,
                              Map<Long, String> decks, Map<String, String> fields, List<String> values, List<String> tags,
                              List<AnkiCollection.CardRow> cards, Map<RefKey, List<String>> refs) {
        List<AnkiCollection.CardRow> made = cards.isEmpty()
                ? List.of(new AnkiCollection.CardRow(0, n.id(), 0, 0, 0, 0, 0, 0, 0, 0, 0, "")) : cards;
        Set<Integer> seen = new java.util.HashSet<>();
        for (AnkiCollection.CardRow card : made) {
            if (!seen.add(card.ord())) continue;
            Face face = face(t, card.ord(), fields, values, refs);
            if (face == null) {
                plan.skip("a card template that names none of the note's fields", "노트의 필드를 하나도 쓰지 않는 카드 템플릿");
                continue;
            }
            if (face.front().isBlank()) {
                plan.skip("empty front (an image or sound only?)", "앞면이 비어 있음 (그림·소리만?)");
                continue;
            }
            if (face.back().isBlank()) {
                plan.skip("empty back", "뒷면이 비어 있음");
                continue;
            }
            String deck = deckOverride != null ? deckOverride : decks.getOrDefault(card.deckId(), "Anki");
            plan.cards.add(new UserCard(Ids.ankiTemplate(n.guid(), card.ord()), deck, false, face.front(), face.back(),
                    explanation(fields, face.used()), List.of(), tags, topic(tags), card.id()));
        }
    }

    /** What one card of a Basic-style note shows: front, back, and the fields used for them. */
    record Face(String front, String back, Set<String> used) {
    }

    /**
     * The front and back of template ord: the front joins the fields the question format names (not {{type:…}});
     * the back is the first non-empty field the answer format names beyond those (not {{FrontSide}}). A note type
     * whose template is unknown or names no field of the note: ord 0 is first field / second field, others null.
     */
    static Face face(Notetype t, int ord, Map<String, String> fields, List<String> values) {
        return face(t, ord, fields, values, new HashMap<>());
    }

    /** A template format's references to a set of field names (what {@link #refs} answers depends on nothing else). */
    record RefKey(String format, Set<String> fieldNames, boolean withTyped) {
    }

    /** As face(t, ord, fields, values), the templates' references looked up in refs (filled on first use). */
    static Face face(Notetype t, int ord, Map<String, String> fields, List<String> values,
                     Map<RefKey, List<String>> refs) {
        Template tpl = t.templates().get(ord);
        if (tpl != null) {
            List<String> front = refs(refs, tpl.qfmt(), fields.keySet(), false);
            if (!front.isEmpty()) {
                Set<String> used = new java.util.LinkedHashSet<>(front);
                String back = "";
                for (String f : refs(refs, tpl.afmt(), fields.keySet(), true)) {
                    if (used.contains(f) || fields.get(f).isBlank()) continue;
                    back = fields.get(f);
                    used.add(f);
                    break;
                }
                String shown = String.join("\n", front.stream().map(fields::get).filter(v -> !v.isBlank()).toList());
                return new Face(shown, back, used);
            }
        }
        if (ord != 0) return null;
        List<String> names = new ArrayList<>(fields.keySet());
        Set<String> used = new java.util.HashSet<>(names.subList(0, Math.min(2, names.size())));
        return new Face(values.isEmpty() ? "" : values.get(0), values.size() < 2 ? "" : values.get(1), used);
    }

    private static List<String> refs(Map<RefKey, List<String>> cache, String format, Set<String> fieldNames,
                                     boolean withTyped) {
        List<String> known = cache.get(new RefKey(format, fieldNames, withTyped));
        if (known != null) return known;
        List<String> out = List.copyOf(refs(format, fieldNames, withTyped));
        cache.put(new RefKey(format, Set.copyOf(fieldNames), withTyped), out);
        return out;
    }

    /** The note's fields a template format names, in order, once each; {{type:X}} only when withTyped. */
    private static List<String> refs(String format, Set<String> fieldNames, boolean withTyped) {
        List<String> out = new ArrayList<>();
        if (format == null) return out;
        java.util.regex.Matcher m = REF.matcher(format);
        while (m.find()) {
            String ref = m.group(1);
            boolean typed = ref.startsWith("type:");
            String name = ref.substring(ref.lastIndexOf(':') + 1).strip();
            if (typed && !withTyped) continue;
            if (fieldNames.contains(name) && !out.contains(name)) out.add(name);
        }
        return out;
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
                    back.isBlank() ? card.answer() : back, explanation(fields, clozeUsed(fields)), card.answers(), tags,
                    topic(tags), cardId));
        }
    }

    /** The fields a cloze card shows itself: the first (the text) and Back. */
    private static Set<String> clozeUsed(Map<String, String> fields) {
        Set<String> used = new java.util.HashSet<>();
        if (!fields.isEmpty()) used.add(fields.keySet().iterator().next());
        used.add("Back");
        return used;
    }

    /** The explanation: the field named Explanation (and Precise) when there is one, else every other field, in order. */
    private static String explanation(Map<String, String> fields, Set<String> used) {
        if (fields.containsKey("Explanation") && !used.contains("Explanation")) {
            StringBuilder b = new StringBuilder(fields.get("Explanation"));
            String precise = fields.getOrDefault("Precise", "");
            if (!precise.isBlank()) b.append(b.length() > 0 ? "\n" : "").append(precise);
            return b.toString();
        }
        List<String> rest = new ArrayList<>();
        for (var e : fields.entrySet()) {
            if (!used.contains(e.getKey()) && !e.getValue().isBlank()) rest.add(e.getValue());
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
                    Map<Integer, Template> tmpls = new HashMap<>();
                    int i = 0;
                    for (JsonNode tm : m.path("tmpls")) {
                        int ord = tm.path("ord").asInt(i++);
                        tmpls.put(ord, new Template(ord, tm.path("name").asText(), tm.path("qfmt").asText(""),
                                tm.path("afmt").asText("")));
                    }
                    out.put(m.path("id").asLong(), new Notetype(m.path("name").asText(), m.path("type").asInt(0) == 1,
                            flds.stream().map(f -> f.path("name").asText()).toList(), tmpls));
                }
            } catch (IOException e) {
                return out;
            }
            return out;
        }
        Map<Long, List<AnkiCollection.FieldRow>> fields = new HashMap<>();
        for (AnkiCollection.FieldRow f : c.fields()) fields.computeIfAbsent(f.notetypeId(), k -> new ArrayList<>()).add(f);
        Map<Long, Map<Integer, Template>> templates = new HashMap<>();
        for (AnkiCollection.TemplateRow r : c.templates()) {
            String q = "";
            String a = "";
            for (Protobuf.Field f : Protobuf.fields(r.config() == null ? new byte[0] : r.config())) {
                if (f.bytes() == null) continue;
                if (f.number() == 1) q = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (f.number() == 2) a = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            templates.computeIfAbsent(r.notetypeId(), k -> new HashMap<>()).put(r.ord(), new Template(r.ord(), r.name(), q, a));
        }
        for (AnkiCollection.NotetypeRow t : c.notetypes()) {
            long kind = Protobuf.fields(t.config() == null ? new byte[0] : t.config()).stream()
                    .filter(f -> f.number() == 1 && f.bytes() == null).mapToLong(Protobuf.Field::varint).findFirst().orElse(0);
            List<AnkiCollection.FieldRow> fs = new ArrayList<>(fields.getOrDefault(t.id(), List.of()));
            fs.sort(Comparator.comparingInt(AnkiCollection.FieldRow::ord));
            out.put(t.id(), new Notetype(t.name(), kind == 1, fs.stream().map(AnkiCollection.FieldRow::name).toList(),
                    templates.getOrDefault(t.id(), Map.of())));
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
