package gradcards.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The readers against files written by other tools (see src/test/resources/interop/README.md). */
class ReadersTest {

    static Path fixture(String name) {
        try {
            return Path.of(ReadersTest.class.getResource("/interop/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, UserCard> byPrompt(ImportPlan plan) {
        return plan.cards().stream().collect(Collectors.toMap(c -> c.prompt().lines().findFirst().orElse(""),
                Function.identity()));
    }

    @Test
    void apkgFromAThirdPartyGenerator() {
        ImportPlan plan = Importer.read(fixture("third-party-generator.apkg"), null);
        assertThat(plan.format()).isEqualTo("Anki collection.anki2");
        assertThat(plan.notes()).isEqualTo(3);
        assertThat(plan.cards()).hasSize(4); // two Basic notes, one Cloze note with c1 and c2
        Map<String, UserCard> cards = byPrompt(plan);
        UserCard def = cards.get("기울기 소멸이란?");
        assertThat(def.answer()).isEqualTo("역전파에서 입력층에 가까울수록 기울기가 0에 가까워지는 현상\n(vanishing gradient)");
        assertThat(def.explanation()).isEqualTo("• 시그모이드\n• 깊은 층");
        assertThat(def.tags()).containsExactly("딥러닝", "gradient::vanishing");
        assertThat(def.deck()).isEqualTo("빅데이터분석기사::기울기");
        assertThat(def.id()).startsWith("anki:x").doesNotContain(" "); // the generator writes binary guids
        UserCard relu = cards.get("Which activation keeps the gradient at 1 for x > 0?");
        assertThat(relu.answer()).isEqualTo("ReLU & its variants");
        assertThat(plan.media()).containsExactly("relu.png");
        assertThat(plan.mediaInPackage()).isEqualTo(1);
        List<UserCard> clozes = plan.cards().stream().filter(UserCard::cloze).toList();
        assertThat(clozes).extracting(UserCard::prompt).containsExactly(
                "시그모이드 도함수의 최댓값은 {{1}} (숫자)이고, 층마다 곱해지면 기울기가 소멸한다.",
                "시그모이드 도함수의 최댓값은 0.25이고, 층마다 곱해지면 기울기가 {{1}}한다.");
        assertThat(clozes).extracting(UserCard::blanks).containsExactly(List.of("0.25"), List.of("소멸"));
        assertThat(clozes.get(0).id()).endsWith(":c1");
        assertThat(clozes.get(1).id()).endsWith(":c2").startsWith(clozes.get(0).id().replace(":c1", ""));
        assertThat(clozes.get(0).explanation()).isEqualTo("S04 참고");
        assertThat(clozes.get(0).tags()).containsExactly("cloze", "시그모이드");
    }

    /** Both layouts of make_multi_template.py: one flashcard per template card the note has, front/back per template. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"multi-template.apkg, Anki collection.anki21",
        "multi-template-21b.apkg, Anki collection.anki21b"})
    void multiTemplateNotesMakeOneCardPerTemplateCard(String file, String format) {
        ImportPlan plan = Importer.read(fixture(file), null);
        assertThat(plan.format()).isEqualTo(format);
        assertThat(plan.notes()).isEqualTo(4);
        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.cards()).extracting(UserCard::id, UserCard::prompt, UserCard::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anki:rev-1", "기울기 소멸", "vanishing gradient"),
                org.assertj.core.groups.Tuple.tuple("anki:rev-1:t2", "vanishing gradient", "기울기 소멸"),
                org.assertj.core.groups.Tuple.tuple("anki:opt-no", "ReLU의 x>0 기울기", "1"),
                org.assertj.core.groups.Tuple.tuple("anki:opt-yes", "He 초기화", "Var(W) = 2 / nin"),
                org.assertj.core.groups.Tuple.tuple("anki:opt-yes:t2", "Var(W) = 2 / nin", "He 초기화"),
                org.assertj.core.groups.Tuple.tuple("anki:typed", "시그모이드 도함수의 최댓값", "0.25"));
        assertThat(plan.cards()).extracting(UserCard::deck)
                .containsExactly("양방향::앞", "양방향::뒤", "양방향::앞", "양방향::앞", "양방향::앞", "양방향::앞");
        assertThat(plan.cards()).extracting(UserCard::ankiCardId).containsExactly(
                1780000001101L, 1780000001102L, 1780000001201L, 1780000001301L, 1780000001302L, 1780000001401L);
        assertThat(plan.cards().get(4).explanation()).isEqualTo("y"); // the field no side shows is kept
        assertThat(plan.cards().get(1).tags()).containsExactly("양방향");
        assertThat(Importer.read(fixture(file), null).cards()).isEqualTo(plan.cards()); // stable ids
    }

    @Test
    void aTemplateThatNamesNoFieldFallsBackForCard1AndSkipsOthers() {
        var t = new AnkiImport.Notetype("odd", false, List.of("A", "B"), Map.of(
                0, new AnkiImport.Template(0, "Card 1", "<b>static</b>", "{{FrontSide}}"),
                1, new AnkiImport.Template(1, "Card 2", "{{Nope}}", "{{A}}")));
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("A", "a"));
        fields.put("B", "b");
        assertThat(AnkiImport.face(t, 0, fields, List.of("a", "b"))).extracting(AnkiImport.Face::front, AnkiImport.Face::back)
                .containsExactly("a", "b");
        assertThat(AnkiImport.face(t, 1, fields, List.of("a", "b"))).isNull();
        assertThat(AnkiImport.face(t, 2, fields, List.of("a", "b"))).isNull(); // no such template
    }

    @Test
    void anki21bPackageIsReadFromTheZstdCollectionNotTheDummy() {
        ImportPlan plan = Importer.read(fixture("anki21b-fixture.apkg"), null);
        assertThat(plan.format()).isEqualTo("Anki collection.anki21b");
        assertThat(plan.notes()).isEqualTo(2);
        assertThat(plan.cards()).extracting(UserCard::id)
                .containsExactly("anki:Kq&1x:ab9Z", "anki:Wp2#dd/8Lm:c1", "anki:Wp2#dd/8Lm:c2");
        UserCard basic = plan.cards().get(0);
        assertThat(basic.prompt()).isEqualTo("ReLU의 장점은?");
        assertThat(basic.answer()).isEqualTo("양수 구간에서 기울기가 1이라 소멸하지 않음");
        assertThat(basic.tags()).containsExactly("딥러닝", "기초::용어");
        assertThat(basic.deck()).isEqualTo("한국어::기울기");
        UserCard c1 = plan.cards().get(1);
        assertThat(c1.prompt()).isEqualTo("시그모이드 도함수의 최댓값은 {{1}} (숫자)이고, 깊은 망에서는 기울기가 소멸한다. {{2}}<1");
        assertThat(c1.blanks()).containsExactly("0.25", "0.25");
        assertThat(c1.explanation()).isEqualTo("S04 참고");
        assertThat(plan.cards().get(2).blanks()).containsExactly("소멸");
        assertThat(plan.media()).containsExactly("relu.png", "note.mp3");
        assertThat(plan.mediaInPackage()).isEqualTo(1);
        assertThat(plan.revlog()).hasSize(7);
        assertThat(basic.ankiCardId()).isEqualTo(1780000000101L);
        assertThat(plan.cards().get(2).ankiCardId()).isEqualTo(1780000000103L);
    }

    @Test
    void ankiTextExportWithGuidNotetypeDeckAndTagsColumns() {
        ImportPlan plan = Importer.read(fixture("anki-notes-export.txt"), null);
        assertThat(plan.notes()).isEqualTo(4);
        assertThat(plan.cards()).hasSize(5);
        UserCard first = plan.cards().get(0);
        assertThat(first.id()).isEqualTo("anki:b4U}kL!2qz"); // the same id an .apkg of the same note gives
        assertThat(first.prompt()).isEqualTo("기울기 소멸의 주된 원인은?");
        assertThat(first.answer()).isEqualTo("시그모이드 도함수의 최댓값이 0.25라서 층을 지날 때마다 곱해져 작아진다");
        assertThat(first.deck()).isEqualTo("한국어::기울기");
        assertThat(first.tags()).containsExactly("딥러닝", "원인");
        assertThat(plan.cards().get(1).answer()).isEqualTo("He initialization (\"Kaiming\")");
        assertThat(plan.cards().get(2).prompt()).isEqualTo("LSTM은 {{1}} 구조로 장기 의존성 문제를 완화한다");
        assertThat(plan.cards().get(3).blanks()).containsExactly("장기 의존성");
        UserCard quoted = plan.cards().get(4);
        assertThat(quoted.prompt()).isEqualTo("A guid with a tab, \"quoted\"");
        assertThat(quoted.id()).isEqualTo("anki:x" + java.util.HexFormat.of().formatHex("aa\tbb".getBytes()));
        assertThat(quoted.deck()).isEqualTo("English");
    }

    @Test
    void deckOptionOverridesTheDeckColumn() {
        ImportPlan plan = Importer.read(fixture("anki-notes-export.txt"), "내 덱");
        assertThat(plan.cards()).allSatisfy(c -> assertThat(c.deck()).isEqualTo("내 덱"));
    }

    @Test
    void unbalancedQuoteIsReportedAtItsLineAndColumn() {
        assertThatThrownBy(() -> CsvDeck.read("x.csv", "#separator:comma\na,b\nc,\"d\ne,f\n", null, "x", false))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("x.csv:3:3: this quote is never closed");
    }

    @Test
    void csvWithoutHeadersGuessesTheSeparatorAndKeepsLineBreaksInQuotes() {
        ImportPlan plan = CsvDeck.read("f.csv", "front,back\n\"two\nlines\",\"a, b\"\n", null, "f", false);
        assertThat(plan.cards()).extracting(UserCard::prompt).containsExactly("two lines"); // "front,back": a header row
        plan = CsvDeck.read("f.csv", "#html:false\nfirst,card\n\"two\nlines\",\"a <b>\"\n", null, "f", false);
        assertThat(plan.cards()).extracting(UserCard::prompt).containsExactly("first", "two\nlines");
        assertThat(plan.cards().get(1).answer()).isEqualTo("a <b>");
    }

    @Test
    void markdownDeck() {
        String md = """
                # 원인
                Q: 시그모이드 도함수의 최댓값은?
                A: 0.25
                E: σ'(x) = σ(x)(1 − σ(x))

                ReLU의 기울기는 x > 0에서 [1]이다.

                # My notes
                Q: What does He init scale by?
                   (the variance)
                A: 2 / fan_in

                LSTM uses {{c1::gates}} against {{c2::vanishing}} gradients.
                Plain prose is no card.
                """;
        MarkdownDeck.Result r = MarkdownDeck.read("d.md", md, "d", "md:d:");
        assertThat(r.problems()).isEmpty();
        assertThat(r.cards()).hasSize(5); // the LSTM paragraph has c1 and c2: two cards
        assertThat(r.cards().get(0).topic()).isEqualTo("cause");
        assertThat(r.cards().get(0).explanation()).isEqualTo("σ'(x) = σ(x)(1 − σ(x))");
        assertThat(r.cards().get(1).prompt()).isEqualTo("ReLU의 기울기는 x > 0에서 {{1}}이다.");
        assertThat(r.cards().get(1).blanks()).containsExactly("1");
        assertThat(r.cards().get(2).prompt()).isEqualTo("What does He init scale by?\n(the variance)");
        assertThat(r.cards().get(2).topic()).isNull();
        assertThat(r.cards().get(2).tags()).containsExactly("My_notes");
        assertThat(r.cards().get(3).blanks()).containsExactly("gates");
        assertThat(r.cards().get(4).blanks()).containsExactly("vanishing");
        assertThat(r.cards()).allSatisfy(c -> assertThat(c.id()).startsWith("md:d:"));
    }

    @Test
    void severalClozeNumbersInOneParagraphMakeOneCardEach() {
        String md = """
                # 원인
                시그모이드의 도함수는 최대 {{c1::0.25::숫자}}이고, 층을 {{c2::곱할}}수록
                기울기가 {{c3::소멸}}한다. {{c1::sigmoid}}도 c1이다.

                ReLU는 {{c1::양수}}에서 기울기 1.
                """;
        MarkdownDeck.Result r = MarkdownDeck.read("d.md", md, "d", "md:d:");
        assertThat(r.problems()).isEmpty();
        assertThat(r.cards()).extracting(UserCard::prompt).containsExactly(
                "시그모이드의 도함수는 최대 {{1}} (숫자)이고, 층을 곱할수록\n기울기가 소멸한다. {{2}}도 c1이다.",
                "시그모이드의 도함수는 최대 0.25이고, 층을 {{1}}수록\n기울기가 소멸한다. sigmoid도 c1이다.",
                "시그모이드의 도함수는 최대 0.25이고, 층을 곱할수록\n기울기가 {{1}}한다. sigmoid도 c1이다.",
                "ReLU는 {{1}}에서 기울기 1.");
        assertThat(r.cards()).extracting(UserCard::blanks).containsExactly(
                List.of("0.25", "sigmoid"), List.of("곱할"), List.of("소멸"), List.of("양수"));
        assertThat(r.cards()).allSatisfy(c -> {
            assertThat(c.cloze()).isTrue();
            assertThat(c.topic()).isEqualTo("cause");
        });
        String first = r.cards().get(0).id();
        assertThat(first).matches("md:d:[0-9a-f]{12}:c1");
        assertThat(r.cards().subList(0, 3)).extracting(UserCard::id).containsExactly(
                first, first.replace(":c1", ":c2"), first.replace(":c1", ":c3"));
        assertThat(r.cards().get(3).id()).matches("md:d:[0-9a-f]{12}"); // one number: the id it always had
        assertThat(MarkdownDeck.read("d.md", md, "d", "md:d:").cards()).isEqualTo(r.cards()); // stable ids
    }

    @Test
    void aMarkdownDeckInDecksWithSeveralClozeNumbersLoadsEveryCard(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("mine.md"), "{{c1::ReLU}} keeps the gradient at {{c2::1}} for x > 0.\n");
        var loaded = UserDecks.load(dir, List.of(), gradcards.content.ContentLoader.bundled().content());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.decks()).singleElement().satisfies(d -> assertThat(d.cards()).hasSize(2));
    }

    @Test
    void markdownProblemsHaveLineAndColumn() {
        MarkdownDeck.Result r = MarkdownDeck.read("d.md", "# t\n\nQ: no answer here\n\nA: stray\n\nx {{c1::open\n", "d", "");
        assertThat(r.problems()).extracting(p -> p.format()).containsExactly(
                "d.md:3:1: a question (Q:) with no answer (add an \"A: …\" line below it)",
                "d.md:5:1: an answer (A:) with no question (Q:) before it (start the card with a Q: line)",
                "d.md:7:3: a cloze {{c1::…}} that is never closed (end it with }})");
    }

    @Test
    void htmlToText() {
        assertThat(Html.toText("a&nbsp;&amp;&#xAC00;&#44032;<br/>b<div>c</div><ul><li>x</li><li>y</li></ul>"))
                .isEqualTo("a &가가\nb\nc\n• x\n• y");
        assertThat(Html.toText("<style>.x{}</style>one\ntwo [sound:a.mp3]<img src='p.png'>")).isEqualTo("one two");
        assertThat(Html.media("<img src=\"a b.png\"> [sound:c.mp3]")).containsExactly("a b.png", "c.mp3");
        assertThat(Html.media("no markup at all")).isEmpty();
        // plain fields take a short cut; it must give what the full path gives
        for (String t : List.of(" 기울기 소멸 ", "a  b", "a\tb", "x > 0", "a\u00a0b", "[x]", "", "   ")) {
            assertThat(Html.toText(t)).as(t).isEqualTo(Html.tidy(Html.entities(t.replace('\n', ' '))));
        }
    }
}
