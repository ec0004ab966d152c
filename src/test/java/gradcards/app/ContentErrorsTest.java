package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, Why-11 (deck-folder part): a deck folder given with --content, or the learner's decks/ folder, holding a
 * symbolic link loop, a dangling link, a file that is not UTF-8, a broken facts.json or a broken synonyms.json: one
 * line per file, in the learner's language, naming the file (and line:col where there is one) and what to do; never
 * "internal error", never "no problems"; a broken user deck is skipped and the bundled bank still loads.
 */
class ContentErrorsTest {
    static final Path MINI = Path.of("src/test/resources/gradcards/decks/mini");
    static final Path BUNDLED = Path.of("content");

    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void aLearnerWithOneAnswer() {
        db = tmp.resolve("data/gradcards.sqlite");
        assertThat(new TestEnv("\n3\n").run("--db", db.toString(), "--content", MINI.toString(),
                "--now", "2026-12-01T09:00:00Z", "study")).isZero();
    }

    /** A copy of the mini deck folder plus whatever a test adds. */
    private Path folder(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(MINI.resolve("mini.json"), dir.resolve("mini.json"));
        return dir;
    }

    /**
     * Runs study and content check on --content dir in both languages: exit 1, every stderr line names the file and
     * says what to do, no internal error, the database byte for byte as it was. Returns the English and Korean study lines.
     */
    private List<String> refused(Path dir, String file, String en, String ko) throws Exception {
        String before = sha256(db);
        List<String> lines = new ArrayList<>();
        for (String lang : List.of("en", "ko")) {
            TestEnv.Result study = TestEnv.cli("--lang", lang, "--db", db.toString(), "--content", dir.toString(), "study");
            assertThat(study.code()).as(study.err()).isEqualTo(1);
            assertThat(study.err().lines()).as(study.err()).hasSize(1);
            assertClear(study.err(), file, lang.equals("en") ? en : ko);
            TestEnv.Result check = TestEnv.cli("--lang", lang, "--db", db.toString(), "content", "check", dir.toString());
            assertThat(check.code()).as(check.err()).isEqualTo(1);
            assertThat(check.out()).doesNotContain("no problems", "문제 없음");
            assertClear(check.err().lines().findFirst().orElse(""), file, lang.equals("en") ? en : ko);
            lines.add(study.err());
        }
        assertThat(sha256(db)).as("the database is untouched").isEqualTo(before);
        return lines;
    }

    private static void assertClear(String line, String file, String says) {
        assertThat(line).startsWith("gradcards: ").contains(file).contains(says)
                .doesNotContain("internal error", "Exception", "\tat ", "Input length");
    }

    @Test
    void aSymbolicLinkLoopInTheDeckFolder() throws Exception {
        Path dir = folder("loop");
        Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        refused(dir, "a.json", "is a symbolic link loop: remove the link", "링크가 돌고 돕니다");
    }

    @Test
    void aDanglingLinkInTheDeckFolder() throws Exception {
        Path dir = folder("dangling");
        Files.createSymbolicLink(dir.resolve("gone.json"), tmp.resolve("nowhere.json"));
        refused(dir, "gone.json", "is a link to a missing file (" + tmp.resolve("nowhere.json") + "): remove the link",
                "없는 파일(" + tmp.resolve("nowhere.json") + ")을 가리키는 링크입니다");
    }

    @Test
    void aLatin1DeckIsNotAnInternalErrorButSaysWhereAndToSaveItAsUtf8() throws Exception {
        Path dir = folder("latin1");
        Files.write(dir.resolve("mine.json"), "{\"deck\": \"mine\",\n \"cards\": [{\"id\": \"caf\u00e9\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        refused(dir, "mine.json:2:23", "not UTF-8 text (byte 0xE9", "UTF-8 텍스트가 아닙니다 (바이트 0xE9");
    }

    @Test
    void aGarbageFactsFileIsAProblemNotNoProblems() throws Exception {
        Path dir = folder("facts");
        Files.writeString(dir.resolve("facts.json"), "{\"facts\": [\n  {\"id\": \"S01\", \"ko\": \"가\", \"en\": \"a\"},\n  garbage\n]}");
        refused(dir, "facts.json:3:", "broken JSON in the fact inventory", "사실 목록의 JSON이 깨졌습니다");
    }

    @Test
    void aFactsFileOfTheWrongShapeSaysWhichFact() throws Exception {
        Path dir = folder("facts-shape");
        Files.writeString(dir.resolve("facts.json"), "{\"facts\": [\n  {\"ko\": \"가\", \"en\": \"a\"}\n]}");
        refused(dir, "facts.json:2:3", "fact 1 has no \"id\"", "사실 1에 \"id\"가 없습니다");
    }

    @Test
    void aBrokenSynonymsFileIsBlamedOnItselfNotOnTheDecksThatUseIt() throws Exception {
        Path dir = copyOfTheBank("synonyms");
        Files.writeString(dir.resolve("synonyms.json"), "{\"groups\": {\n  \"relu\": {\"accept\": [\"ReLU\",]}\n}");
        List<String> lines = refused(dir, "synonyms.json:2:", "broken JSON in the synonyms file", "동의어 파일의 JSON이 깨졌습니다");
        assertThat(String.join("\n", lines)).doesNotContain("unknown synonym group").contains("(1 problem;").contains("(문제 1개");
    }

    @Test
    void aSynonymGroupThatAcceptsNothingIsCaughtBeforeGradingNotAnInternalError() throws Exception {
        Path dir = copyOfTheBank("synonyms-shape");
        String text = Files.readString(dir.resolve("synonyms.json"));
        String broken = text.replaceFirst("(\"vanishing\": \\{\\s*\"accept\": )\\[[^\\]]*\\]", "$1[]");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(dir.resolve("synonyms.json"), broken);
        refused(dir, "synonyms.json:3:", "synonym group vanishing accepts nothing", "동의어 파일이 잘못되었습니다");
    }

    @Test
    void brokenFilesInTheLearnersDecksFolderAreSkippedOneLineEachAndTheBankStillLoads() throws Exception {
        Path decks = Files.createDirectories(db.resolveSibling("decks"));
        Files.writeString(decks.resolve("good.md"), "Q: What does ReLU pass unchanged?\nA: positive inputs\n");
        Files.createSymbolicLink(decks.resolve("loop.json"), Path.of("loop.json"));
        Files.createSymbolicLink(decks.resolve("gone.md"), tmp.resolve("nowhere.md"));
        Files.write(decks.resolve("latin.md"), "Q: caf\u00e9?\nA: yes\n".getBytes(StandardCharsets.ISO_8859_1));
        String before = sha256(db);
        for (String lang : List.of("en", "ko")) {
            TestEnv.Result r = TestEnv.cli("--lang", lang, "--db", db.toString(), "--now", "2026-12-01T10:00:00Z", "stats");
            assertThat(r.code()).as(r.err()).isZero();
            List<String> err = r.err().lines().toList();
            assertThat(err).as(r.err()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("gradcards: ")
                    .doesNotContain("internal error", "Exception").contains(lang.equals("en") ? "deck skipped" : "이 덱은 건너뜀"));
            assertThat(err).anySatisfy(l -> assertThat(l).contains("gone.md: ")
                    .contains(lang.equals("en") ? "is a link to a missing file" : "없는 파일"));
            assertThat(err).anySatisfy(l -> assertThat(l).contains("latin.md:1:7: ")
                    .contains(lang.equals("en") ? "not UTF-8 text" : "UTF-8 텍스트가 아닙니다"));
            assertThat(err).anySatisfy(l -> assertThat(l).contains("loop.json: ")
                    .contains(lang.equals("en") ? "symbolic link loop" : "링크가 돌고 돕니다"));
            // the bundled bank (283 cards) and the good user deck (1 card) are all there
            assertThat(r.out()).contains(lang.equals("en") ? "new 284 · learning 0" : "새 284 · 학습 중 0");
        }
        assertThat(sha256(db)).isEqualTo(before);
        TestEnv.Result check = TestEnv.cli("--db", db.toString(), "content", "check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("gone.md: ", "latin.md:1:7: ", "loop.json: ", "3 problems").doesNotContain("Exception");
    }

    private Path copyOfTheBank(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> s = Files.list(BUNDLED)) {
            for (Path p : s.toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        return dir;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
