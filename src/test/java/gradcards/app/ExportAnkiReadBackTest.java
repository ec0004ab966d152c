package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.Cloze;
import gradcards.content.Flashcard;
import gradcards.content.Card;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `gradcards export anki`, read back by an independent reader as a learner would: src/test/resources/interop/
 * read_apkg.py (Python's zipfile and sqlite3, no gradcards code). Expectations come from the bundled bank and the
 * README's promises (fields, tags, guids gc:ID), not from the writer. Skipped, with the reason, when python3 is
 * missing.
 */
class ExportAnkiReadBackTest {
    @TempDir
    Path dir;

    private static JsonNode readBack(Path apkg) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(ExportAnkiReadBackTest.class.getResource("/interop/read_apkg.py").toURI());
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), apkg.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed here, so the independent reader cannot run (" + e.getMessage() + ")");
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return new ObjectMapper().readTree(text);
    }

    private Path export(String name, String... extra) {
        Path file = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("--db", dir.resolve("g.sqlite").toString(), "--plain",
                "--now", "2026-12-01T09:00:00Z"));
        args.addAll(List.of(extra));
        args.addAll(List.of("export", "anki", file.toString()));
        TestEnv env = new TestEnv("");
        assertThat(env.run(args.toArray(String[]::new))).as(env.err()).isZero();
        return file;
    }

    private static Map<String, JsonNode> byGuid(JsonNode pkg) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode n : pkg.get("notes")) out.put(n.get("guid").asText(), n);
        return out;
    }

    @Test
    void theBankReadsBackWithAPlainZipAndSqliteReader() throws Exception {
        Content bank = ContentLoader.bundled().content();
        JsonNode first = readBack(export("bank-1.apkg"));
        JsonNode second = readBack(export("bank-2.apkg"));
        JsonNode korean = readBack(export("bank-ko.apkg", "--lang", "ko"));

        // an uncompressed collection that Anki 2.1 and AnkiDroid read, schema 11
        assertThat(first.get("collection").asText()).isEqualTo("collection.anki21");
        assertThat(first.get("schema").asInt()).isEqualTo(11);
        assertThat(first.get("notes")).hasSize(bank.cards().size());
        Map<String, List<String>> types = new HashMap<>();
        for (JsonNode t : first.get("notetypes")) {
            types.put(t.get("name").asText(), new ObjectMapper().convertValue(t.get("fields"), List.class));
        }
        assertThat(types).containsEntry("gradcards", List.of("Front", "Back", "Explanation", "Precise", "Demo", "Facts"))
                .containsEntry("gradcards cloze", List.of("Text", "Back", "Explanation", "Precise", "Demo", "Facts"));

        Map<String, JsonNode> notes = byGuid(first);
        Map<String, JsonNode> notesKo = byGuid(korean);
        int cloze = 0;
        for (Card c : bank.cards()) {
            JsonNode n = notes.get("gc:" + c.id());
            assertThat(n).as(c.id()).isNotNull();
            assertThat(n.get("cards")).as(c.id()).hasSize(1);
            List<String> tags = new ObjectMapper().convertValue(n.get("tags"), List.class);
            assertThat(tags).as(c.id()).contains("gradcards::topic::" + c.info().topic().code(),
                    "gradcards::subject::" + c.info().subject());
            for (String f : c.info().facts()) assertThat(tags).contains("gradcards::fact::" + f);
            JsonNode ko = notesKo.get("gc:" + c.id());
            String prompt = c.info().prompt().ko();
            if (c instanceof Cloze) {
                cloze++;
                assertThat(n.get("type").asText()).isEqualTo("gradcards cloze");
                assertThat(n.get("fields").get("Text").asText()).as(c.id()).contains("{{c1::");
                // the Korean text around the first blank is in the note, the blank itself is a cloze
                String before = prompt.substring(0, prompt.indexOf("{{1}}"));
                assertThat(unescape(ko.get("fields").get("Text").asText())).as(c.id()).startsWith(before);
            } else {
                assertThat(n.get("type").asText()).isEqualTo("gradcards");
                if (c instanceof Flashcard) {
                    assertThat(unescape(ko.get("fields").get("Front").asText())).as(c.id()).isEqualTo(prompt);
                    assertThat(unescape(n.get("fields").get("Front").asText())).as(c.id())
                            .startsWith(prompt).endsWith(c.info().prompt().en());
                }
            }
        }
        assertThat(cloze).isGreaterThan(0);
        JsonNode vanishing = notesKo.get("gc:basics-fc-01");
        assertThat(unescape(vanishing.get("fields").get("Front").asText())).contains("기울기 소멸");
        assertThat(vanishing.get("cards").get(0).get("deck").asText()).startsWith("gradcards::");

        // a second export: the same guids with the same fields, so Anki updates rather than duplicates
        Map<String, JsonNode> again = byGuid(second);
        assertThat(again.keySet()).isEqualTo(notes.keySet());
        for (var e : notes.entrySet()) assertThat(again.get(e.getKey()).get("fields")).isEqualTo(e.getValue().get("fields"));
    }

    /** Anki field HTML to the text a learner reads, for the few escapes plain text needs. */
    private static String unescape(String html) {
        return html.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
