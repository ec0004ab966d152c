package gradcards.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.content.AnswerSpec;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.Content;
import gradcards.content.Deck;
import gradcards.i18n.Text;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.store.AnkiCollection;
import gradcards.store.StoredReview;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * `gradcards export anki`: the decks as an Anki package in the legacy layout that Anki's "support older Anki versions"
 * export writes (meta version 2, an uncompressed schema-11 collection.anki21, the same collection as collection.anki2
 * for the oldest clients, an empty media map), which current Anki, Anki 2.1 and AnkiDroid all import.
 */
public final class AnkiExport {
    /** The note type ids (fixed, so a re-export updates the same note types). */
    static final long NOTETYPE_ID = 1_733_000_000_001L;
    static final long CLOZE_NOTETYPE_ID = 1_733_000_000_002L;
    static final List<String> FIELDS = List.of("Front", "Back", "Explanation", "Precise", "Demo", "Facts");
    static final List<String> CLOZE_FIELDS = List.of("Text", "Back", "Explanation", "Precise", "Demo", "Facts");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ID_BASE = 1_600_000_000_000L;

    /** Which language(s) go into the notes. */
    public enum Languages { KO, EN, BOTH }

    /** The review history to include: reviews by card id (oldest first) and the memories. */
    public record History(Map<String, List<StoredReview>> reviews, Map<String, Memory> memories) {
    }

    /** What was written. */
    public record Written(int notes, int clozeNotes, int reviews) {
    }

    private AnkiExport() {
    }

    /** The Anki guid of a card: "gc:" + its id, so a re-export updates the same notes instead of adding copies. */
    public static String guid(String cardId) {
        return "gc:" + cardId;
    }

    /** Writes the package for the decks to file (a new file: the caller handles overwriting), at the instant now. */
    public static Written write(Path file, List<Deck> decks, Content content, Languages langs, History history, Instant now)
            throws IOException {
        long nowSecs = now.getEpochSecond();
        long crt = nowSecs - Math.floorMod(nowSecs, 86_400) - 30L * 86_400 * 365; // a day boundary long before any review
        Map<String, String[]> synonyms = synonyms(content.synonymsJson());
        List<AnkiCollection.NoteRow> notes = new ArrayList<>();
        List<AnkiCollection.CardRow> cards = new ArrayList<>();
        List<AnkiCollection.RevlogRow> revlog = new ArrayList<>();
        Map<Long, String> deckNames = new LinkedHashMap<>();
        java.util.Set<Long> revlogIds = new java.util.HashSet<>();
        int cloze = 0;
        int index = 0;
        for (Deck d : decks) {
            long did = deckId(d.name());
            deckNames.put(did, "gradcards::" + title(d.title(), langs));
            for (Card c : d.cards()) {
                long id = ID_BASE + index;
                boolean isCloze = !c.blanks().isEmpty(); // a card with blanks is an Anki cloze note
                if (isCloze) cloze++;
                List<String> fields = fields(c, langs, synonyms);
                notes.add(new AnkiCollection.NoteRow(id, guid(c.id()).getBytes(StandardCharsets.UTF_8),
                        isCloze ? CLOZE_NOTETYPE_ID : NOTETYPE_ID, nowSecs, " " + String.join(" ", tags(c.info())) + " ",
                        String.join("\u001f", fields)));
                List<StoredReview> log = history == null ? List.of() : history.reviews().getOrDefault(c.id(), List.of());
                Memory m = history == null ? null : history.memories().get(c.id());
                cards.add(card(id, id, did, index, m, log, crt));
                int lastIvl = 0;
                for (StoredReview r : log) {
                    long rid = r.review().reviewedAt().toEpochMilli();
                    while (!revlogIds.add(rid)) rid++; // revlog ids are unique: two answers in one millisecond move by 1 ms
                    int ivl = r.review().scheduledDays() > 0 ? r.review().scheduledDays()
                            : -(int) Math.max(1, java.time.Duration.between(r.review().reviewedAt(), r.review().due()).toSeconds());
                    revlog.add(new AnkiCollection.RevlogRow(rid, id, r.review().rating().value(), ivl, lastIvl, 2500,
                            (int) Math.min(Integer.MAX_VALUE, r.review().durationMs()), revlogType(r.review().stateBefore())));
                    lastIvl = ivl;
                }
                index++;
            }
        }
        AnkiCollection.Written w = new AnkiCollection.Written(crt, now.toEpochMilli(), conf(), models(nowSecs, decks),
                decksJson(deckNames, nowSecs), dconf(), notes, cards, revlog);
        Path col = Files.createTempFile("gradcards-export-", ".anki21");
        try {
            Files.delete(col);
            AnkiCollection.write(col, w);
            byte[] bytes = Files.readAllBytes(col);
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("meta"));
                zip.write(Protobuf.varintField(1, 2)); // PackageMetadata.version = LEGACY_2
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("collection.anki21"));
                zip.write(bytes);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                zip.write(bytes);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(col);
        }
        return new Written(notes.size(), cloze, revlog.size());
    }

    private static AnkiCollection.CardRow card(long id, long nid, long did, int position, Memory m,
                                               List<StoredReview> log, long crt) {
        if (m == null || m.isNew()) {
            return new AnkiCollection.CardRow(id, nid, did, 0, 0, 0, position, 0, 0, 0, 0, "");
        }
        String data = "{\"s\":" + round(m.stability()) + ",\"d\":" + round(m.difficulty()) + "}";
        int ivl = log.isEmpty() ? 0 : Math.max(0, log.get(log.size() - 1).review().scheduledDays());
        return switch (m.state()) {
            case REVIEW -> new AnkiCollection.CardRow(id, nid, did, 0, 2, 2,
                    Math.floorDiv(m.due().getEpochSecond() - crt, 86_400), Math.max(1, ivl), 2500, m.reps(), m.lapses(), data);
            case LEARNING, RELEARNING -> new AnkiCollection.CardRow(id, nid, did, 0, m.state() == CardState.LEARNING ? 1 : 3,
                    1, m.due().getEpochSecond(), ivl, 2500, m.reps(), m.lapses(), data);
            default -> new AnkiCollection.CardRow(id, nid, did, 0, 0, 0, position, 0, 0, 0, 0, "");
        };
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    private static int revlogType(CardState before) {
        return switch (before) {
            case NEW, LEARNING -> 0;
            case REVIEW -> 1;
            case RELEARNING -> 2;
        };
    }

    /** The note's fields (HTML): Front/Text, Back, Explanation, Precise, Demo, Facts. */
    static List<String> fields(Card c, Languages langs, Map<String, String[]> synonyms) {
        CardInfo i = c.info();
        String front = c.blanks().isEmpty() ? plainFront(c, langs)
                : join(langs, l -> ClozeText.toAnki(Html.fromText(pick(i.prompt(), l)),
                        c.blanks().stream().map(b -> Html.fromText(blankAnswer(b, l, synonyms))).toList()));
        String back = join(langs, l -> Html.fromText(backText(c, l)));
        String explanation = join(langs, l -> Html.fromText(pick(i.explanation(), l)));
        String precise = i.precise() == null ? "" : join(langs, l -> Html.fromText(pick(i.precise(), l)));
        return List.of(front, back, explanation, precise, i.demo() == null ? "" : i.demo(), String.join(" ", i.facts()));
    }

    private static String plainFront(Card c, Languages langs) {
        return join(langs, l -> Html.fromText(frontText(c, l)));
    }

    /** The question as text in one language: 4-choice options and the O/X prompt are part of it. */
    public static String frontText(Card c, boolean korean) {
        return c.frontText(korean);
    }

    /** The answer as text in one language (O/X and 4-choice name the right one first). */
    public static String backText(Card c, boolean korean) {
        return c.backText(korean);
    }

    /** The form a blank shows in Anki: an accepted form in the language (a synonym group's first form). */
    static String blankAnswer(AnswerSpec b, boolean korean, Map<String, String[]> synonyms) {
        List<String> forms = new ArrayList<>();
        for (String a : b.accept()) {
            if (a.startsWith("@")) forms.addAll(List.of(synonyms.getOrDefault(a.substring(1), new String[] {a.substring(1)})));
            else forms.add(a);
        }
        if (forms.isEmpty()) return b.numeric() == null ? "…" : String.valueOf(b.numeric());
        if (!korean) for (String f : forms) if (!hasHangul(f)) return f;
        return forms.get(0);
    }

    private static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3);
    }

    private interface PerLang {
        String in(boolean korean);
    }

    private static String join(Languages langs, PerLang f) {
        return switch (langs) {
            case KO -> f.in(true);
            case EN -> f.in(false);
            case BOTH -> {
                String ko = f.in(true);
                String en = f.in(false);
                yield ko.equals(en) || en.isEmpty() ? ko : ko.isEmpty() ? en : ko + "<br><br>" + en;
            }
        };
    }

    private static String pick(Text t, boolean korean) {
        return t == null ? "" : korean ? t.ko() : t.en();
    }

    private static String title(Text t, Languages langs) {
        String s = langs == Languages.EN ? t.en() : t.ko();
        return s.replace("::", ":");
    }

    /** Tags: gradcards::topic::…, gradcards::subject::…, gradcards::fact::…, gradcards::type::…. */
    static List<String> tags(CardInfo i) {
        List<String> out = new ArrayList<>();
        out.add("gradcards::type::" + i.type().code());
        if (i.topic() != null) out.add("gradcards::topic::" + i.topic().code());
        if (i.subject() > 0) out.add("gradcards::subject::" + i.subject());
        for (String f : i.facts()) out.add("gradcards::fact::" + f);
        return out;
    }

    static long deckId(String name) {
        long h = 1_125_899_906_842_597L;
        for (char ch : name.toCharArray()) h = 31 * h + ch;
        return 1_700_000_000_000L + Math.floorMod(h, 99_999_999_999L);
    }

    private static Map<String, String[]> synonyms(String json) {
        Map<String, String[]> out = new HashMap<>();
        try {
            JsonNode groups = JSON.readTree(json).path("groups");
            for (var it = groups.fields(); it.hasNext(); ) {
                var e = it.next();
                List<String> forms = new ArrayList<>();
                e.getValue().path("accept").forEach(n -> forms.add(n.asText()));
                out.put(e.getKey(), forms.toArray(String[]::new));
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    private static String conf() {
        return "{\"nextPos\":1,\"estTimes\":true,\"activeDecks\":[1],\"sortType\":\"noteFld\",\"timeLim\":0,"
                + "\"sortBackwards\":false,\"addToCur\":true,\"curDeck\":1,\"newSpread\":0,\"dueCounts\":true,"
                + "\"curModel\":\"" + NOTETYPE_ID + "\",\"collapseTime\":1200,\"schedVer\":2}";
    }

    private static String models(long nowSecs, List<Deck> decks) {
        ObjectNode models = JSON.createObjectNode();
        long did = decks.isEmpty() ? 1 : deckId(decks.get(0).name());
        String css = ".card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }"
                + " .cloze { font-weight: bold; color: blue; }";
        String after = "{{#Explanation}}<hr>{{Explanation}}{{/Explanation}}{{#Precise}}<br><i>{{Precise}}</i>{{/Precise}}"
                + "{{#Demo}}<br><small>▸ {{Demo}} · {{Facts}}</small>{{/Demo}}";
        models.set(String.valueOf(NOTETYPE_ID), model(NOTETYPE_ID, "gradcards", 0, FIELDS, "{{Front}}",
                "{{FrontSide}}<hr id=answer>{{Back}}" + after, css, did, nowSecs));
        models.set(String.valueOf(CLOZE_NOTETYPE_ID), model(CLOZE_NOTETYPE_ID, "gradcards cloze", 1, CLOZE_FIELDS,
                "{{cloze:Text}}", "{{cloze:Text}}<hr id=answer>{{Back}}" + after, css, did, nowSecs));
        return models.toString();
    }

    private static ObjectNode model(long id, String name, int type, List<String> fields, String qfmt, String afmt,
                                    String css, long did, long nowSecs) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("name", name);
        m.put("type", type);
        m.put("mod", nowSecs);
        m.put("usn", -1);
        m.put("sortf", 0);
        m.put("did", did);
        ArrayNode tmpls = m.putArray("tmpls");
        ObjectNode t = tmpls.addObject();
        t.put("name", type == 1 ? "Cloze" : "Card 1");
        t.put("ord", 0);
        t.put("qfmt", qfmt);
        t.put("afmt", afmt);
        t.put("bqfmt", "");
        t.put("bafmt", "");
        t.putNull("did");
        ArrayNode flds = m.putArray("flds");
        for (int i = 0; i < fields.size(); i++) {
            ObjectNode f = flds.addObject();
            f.put("name", fields.get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.putArray("media");
        }
        m.put("css", css);
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        ArrayNode req = m.putArray("req");
        ArrayNode r0 = req.addArray();
        r0.add(0).add("any").addArray().add(0);
        m.putArray("tags");
        m.putArray("vers");
        return m;
    }

    private static String decksJson(Map<Long, String> names, long nowSecs) {
        ObjectNode decks = JSON.createObjectNode();
        decks.set("1", deck(1, "Default", nowSecs));
        for (var e : names.entrySet()) decks.set(String.valueOf(e.getKey()), deck(e.getKey(), e.getValue(), nowSecs));
        return decks.toString();
    }

    private static ObjectNode deck(long id, String name, long nowSecs) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", id);
        d.put("name", name);
        d.put("mod", nowSecs);
        d.put("usn", -1);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        for (String k : List.of("newToday", "revToday", "lrnToday", "timeToday")) d.putArray(k).add(0).add(0);
        return d;
    }

    private static String dconf() {
        return "{\"1\":{\"id\":1,\"name\":\"Default\",\"mod\":0,\"usn\":0,\"maxTaken\":60,\"autoplay\":true,\"timer\":0,"
                + "\"replayq\":true,\"dyn\":false,"
                + "\"new\":{\"bury\":false,\"delays\":[1.0,10.0],\"initialFactor\":2500,\"ints\":[1,4,0],\"order\":1,\"perDay\":20},"
                + "\"lapse\":{\"delays\":[10.0],\"leechAction\":1,\"leechFails\":8,\"minInt\":1,\"mult\":0.0},"
                + "\"rev\":{\"bury\":false,\"ease4\":1.3,\"ivlFct\":1.0,\"maxIvl\":36500,\"perDay\":200,\"hardFactor\":1.2}}}";
    }
}
