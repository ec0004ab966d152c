package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck's card-level problems (a missing field, an unknown fact, a wrong number of choices, a bad measurement key,
 * a duplicate id …) are one line each in the learner's language, Korean or English, with the same file:line:col.
 */
class DeckMessagesLanguageTest {
    private static final Pattern HANGUL = Pattern.compile("[가-힣]");

    @TempDir
    Path tmp;

    private static final String BAD = """
            {"deck": "bad", "cards": [
             {"id": "b-1", "type": "mcq", "facts": ["S99"], "topic": "cause", "subject": 5, "polarity": "x",
              "prompt": {"ko": "질문", "en": ""}, "explanation": {"ko": "e", "en": "e"},
              "choices": [{"ko": "a", "en": "a"}, {"ko": "b", "en": "b"}, {"ko": "c", "en": "c"}], "key": 7},
             {"type": "cloze", "facts": ["S01"], "topic": "foo", "subject": 3, "prompt": {"ko": "{{1}} {{3}}", "en": "x {{1}}"},
              "answer": {"ko": "a", "en": "a"}, "explanation": {"ko": "e {D99.x}", "en": "e"},
              "blanks": [{"accept": ["", "@nogroup"]}, {}]},
             {"id": "mini-fc-01", "type": "ox", "truth": true, "facts": ["S01"], "topic": "cause", "subject": 3,
              "prompt": {"ko": "p", "en": "p"}, "answer": {"ko": "a", "en": "a"}, "explanation": {"ko": "e", "en": "e"}}
            ]}
            """;

    private List<String> check(Path dir, String lang) {
        TestEnv.Result r = TestEnv.cli("--lang", lang, "--db", tmp.resolve("db.sqlite").toString(), "content", "check",
                dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        return r.err().lines().filter(l -> l.contains(".json:")).toList();
    }

    @Test
    void everyCardProblemIsOneLineInEachLanguageAtTheSamePlace() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("decks"));
        Files.copy(Path.of("src/test/resources/gradcards/decks/mini/mini.json"), dir.resolve("mini.json"));
        Files.writeString(dir.resolve("bad.json"), BAD);
        List<String> ko = check(dir, "ko");
        List<String> en = check(dir, "en");

        assertThat(ko).hasSize(en.size()).hasSizeGreaterThan(12);
        for (int i = 0; i < ko.size(); i++) {
            String where = en.get(i).substring(0, en.get(i).indexOf(": ", en.get(i).indexOf(".json:")) + 2);
            assertThat(where).matches("gradcards: .*(bad|mini)\\.json:\\d+:\\d+: ");
            assertThat(ko.get(i)).as("same file:line:col in both languages").startsWith(where);
            assertThat(ko.get(i).substring(where.length())).as(ko.get(i)).containsPattern(HANGUL);
            assertThat(en.get(i).substring(where.length())).as(en.get(i)).doesNotContainPattern(HANGUL);
        }
        assertThat(String.join("\n", ko)).contains(
                "bad.json:2:41: 카드 \"b-1\": 없는 사실 \"S99\"를 인용합니다 (S01–S44 또는 B01–B25를 쓰세요)",
                "카드 \"b-1\"에 \"answer\" 항목이 없습니다 (\"answer\": {\"ko\": …, \"en\": …} 형태로 넣으세요)",
                "카드 \"b-1\"에 영어 \"prompt\" 항목이 없습니다 (\"prompt.en\"을 넣으세요)",
                "카드 \"b-1\"의 보기(choices)가 3개입니다 (4지선다(mcq)는 보기가 꼭 4개여야 합니다)",
                "2번째 카드: 없는 측정값 키 {D99.x}",
                "2번째 카드의 빈칸 2에 정답으로 인정할 답이 없습니다",
                "카드 id \"mini-fc-01\"이 겹칩니다");
        assertThat(String.join("\n", en)).contains(
                "bad.json:2:41: card \"b-1\" cites unknown fact \"S99\" (use S01–S44 or B01–B25)",
                "card \"b-1\" has no \"answer\" (add \"answer\": {\"ko\": …, \"en\": …})",
                "card \"b-1\" has 3 choices (an mcq needs exactly 4)",
                "card 2: unknown measurement key {D99.x}",
                "card 2 blank 2 accepts nothing",
                "the English prompt has 1 blank but \"blanks\" lists 2",
                "duplicate card id \"mini-fc-01\"");
    }

    @Test
    void brokenJsonSaysSoInKorean() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.copy(Path.of("src/test/resources/gradcards/decks/mini/mini.json"), dir.resolve("mini.json"));
        Files.writeString(dir.resolve("bad.json"), "{\"deck\": \"bad\",\n  \"cards\": [}\n");
        assertThat(check(dir, "ko")).singleElement().asString().matches("gradcards: .*bad\\.json:2:\\d+: JSON 문법이 깨졌습니다: .*");
        assertThat(check(dir, "en")).singleElement().asString().matches("gradcards: .*bad\\.json:2:\\d+: broken JSON: .*");
    }

    @Test
    void aBrokenMarkdownDeckIsToldInTheLearnersLanguage() throws Exception {
        Path decks = Files.createDirectories(tmp.resolve("data/decks"));
        Files.writeString(decks.resolve("notes.md"), "# 원인\n\nA: 답만 있음\n\nQ: 질문만 있음\n");
        String db = tmp.resolve("data/gradcards.sqlite").toString();
        TestEnv.Result ko = TestEnv.cli("--lang", "ko", "--db", db, "cards", "--topic", "own");
        TestEnv.Result en = TestEnv.cli("--lang", "en", "--db", db, "cards", "--topic", "own");
        assertThat(ko.err()).as(ko.err()).containsPattern("notes\\.md:3:1: 앞에 질문\\(Q:\\)이 없는 답\\(A:\\)입니다")
                .doesNotContain("an answer (A:)");
        assertThat(en.err()).as(en.err()).containsPattern("notes\\.md:3:1: an answer \\(A:\\) with no question");
    }

    @Test
    void importingABrokenMarkdownFileSaysSoInKorean() throws Exception {
        Path md = Files.writeString(tmp.resolve("bad.md"), "# x\n\nA: only\n");
        String db = tmp.resolve("db.sqlite").toString();
        TestEnv.Result ko = TestEnv.cli("--lang", "ko", "--db", db, "import", md.toString(), "--dry-run");
        assertThat(ko.code()).isEqualTo(1);
        assertThat(ko.err().strip()).endsWith("bad.md:3:1: 앞에 질문(Q:)이 없는 답(A:)입니다 (카드를 Q: 줄로 시작하세요)");
    }
}
