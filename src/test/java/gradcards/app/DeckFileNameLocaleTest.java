package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck file with a Hangul name in the data folder's decks/ gets the same card ids and shows the same readable name
 * whatever the locale: LC_ALL=C, or a LANG naming a locale that is not installed, make the JVM decode file names as
 * ASCII (sun.jnu.encoding ANSI_X3.4-1968), which turned 한글 into U+FFFD and the ids into "deck:������:…". A name that
 * is not UTF-8 at all keeps its bytes, percent-encoded, in every locale. Child JVMs, one per locale.
 */
class DeckFileNameLocaleTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> locale, String stdin, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "gradcards.app.Main",
                "--db", dir.resolve("data/gradcards.sqlite").toString(), "--now", "2026-12-01T09:00:00Z"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        for (String k : List.of("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")) pb.environment().remove(k);
        pb.environment().putAll(locale);
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private static final List<Map<String, String>> LOCALES = List.of(Map.of("LC_ALL", "C.UTF-8"),
            Map.of("LC_ALL", "C"), Map.of("LANG", "ko_KR.UTF-8"), Map.of("LANG", "xx_NOTHERE.UTF-8"), Map.of());

    @Test
    void aHangulDeckFileKeepsItsIdsAndNameInEveryLocale() throws Exception {
        Path decks = Files.createDirectories(dir.resolve("data/decks"));
        Files.writeString(decks.resolve("한글.md"), "Q: 시그모이드 도함수의 최댓값은?\nA: 0.25\n");
        Files.writeString(decks.resolve("망가짐.json"), "{\"cards\": [{\"id\": \"a\", \"type\": \"flashcard\", \"prompt\": \"p\"}]}");
        Process latin1 = new ProcessBuilder("/bin/sh", "-c", "printf 'Q: q?\\nA: a\\n' > \"$(printf 'caf\\351.md')\"")
                .directory(decks.toFile()).start();
        assertThat(latin1.waitFor()).isZero();

        String listed = run(LOCALES.get(0), "", "cards", "--topic", "own").out();
        String id = listed.lines().filter(l -> l.startsWith("deck:한글:")).findFirst().orElseThrow().split(" ")[0];
        assertThat(run(LOCALES.get(0), "", "flag", id).code()).isZero(); // stored under the id a UTF-8 locale reads
        String reference = null;
        for (Map<String, String> locale : LOCALES) {
            Run r = run(locale, "", "--lang", "en", "cards", "--topic", "own");
            assertThat(r.code()).as(locale + r.err()).isZero();
            assertThat(r.out()).as(locale.toString()).contains("deck:한글:", "deck:caf%E9:").doesNotContain("\uFFFD", "?");
            assertThat(r.err()).as(locale.toString()).contains("/data/decks/망가짐.json:1:").doesNotContain("\uFFFD");
            assertThat(run(locale, "", "cards", "--flagged").out()).as(locale.toString()).contains(id);
            if (reference == null) reference = r.out();
            assertThat(r.out()).as("the same cards and ids under " + locale).isEqualTo(reference);
        }
    }
}
