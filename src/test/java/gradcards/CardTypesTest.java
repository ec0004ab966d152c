package gradcards;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.CardType;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.content.ContentSnapshot;
import gradcards.content.Problem;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.grade.Verdict;
import gradcards.i18n.Lang;
import gradcards.interop.AnkiExport;
import gradcards.render.CardDetail;
import gradcards.render.CardJson;
import gradcards.render.Cells;
import gradcards.render.Style;
import gradcards.study.AnswerText;
import gradcards.study.Checker;
import gradcards.study.Marks;
import gradcards.study.Outcome;
import gradcards.study.Presentation;
import gradcards.ui.StudyView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question type of the registry ({@code CardType.all()}), from its own example card: read from deck JSON,
 * through the snapshot and back, copied, shown on the study screen, graded, kept in the notebook and exported
 * (card JSON, card view, Anki). A new type is covered by this test as soon as its registry line exists.
 */
class CardTypesTest {
    private static final Content BUNDLED = ContentLoader.bundled().content();
    private static final Checker CHECKER = new Checker(new Grader(false), Synonyms.load(new ByteArrayInputStream(
            BUNDLED.synonymsJson().getBytes(StandardCharsets.UTF_8))));
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    static Stream<CardType> types() {
        return CardType.all().stream();
    }

    @Test
    void theRegistryNamesEachTypeOnceByItsCode() {
        List<CardType> all = CardType.all();
        assertThat(all).isNotEmpty();
        assertThat(new HashSet<>(all.stream().map(CardType::code).toList())).hasSameSizeAs(all);
        for (CardType t : all) assertThat(CardType.fromCode(t.code())).isSameAs(t);
        assertThat(CardType.fromCode("essay")).isNull();
        assertThat(CardType.codes(all)).isEqualTo("flashcard, mcq, ox, short or cloze"); // the bundled registry
    }

    @Test
    void everyCardOfTheBundledBankHasARegisteredType() {
        assertThat(BUNDLED.cards()).allSatisfy(c -> assertThat(CardType.all()).contains(c.type()));
    }

    @Test
    void anUnknownTypeNamesEveryRegisteredCode() throws IOException {
        String json = CardType.all().get(0).example().json().replaceFirst("\"type\"\\s*:\\s*\"[a-z]+\"", "\"type\": \"essay\"");
        List<String> problems = load(json).problems().stream().map(Problem::format).toList();
        assertThat(problems).anyMatch(p -> p.endsWith("has type \"essay\" (use " + CardType.codes(CardType.all()) + ")"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void readsFromDeckJsonAndComesBackFromTheSnapshot(CardType t) throws IOException {
        ContentLoader.Result r = load(t.example().json());
        assertThat(r.problems()).isEmpty();
        Card card = r.content().cards().get(0);
        assertThat(card.type()).isSameAs(t);
        Content back = ContentSnapshot.decode(ContentSnapshot.encode(r.content(), List.of())).content();
        assertThat(back.cards()).containsExactly(card);
        CardInfo i = card.info();
        Card copy = card.withInfo(new CardInfo("copy", i.deck(), i.type(), i.facts(), i.topic(), i.subject(),
                i.lowPriority(), i.prompt(), i.answer(), i.explanation(), i.precise(), i.demo()));
        assertThat(copy.id()).isEqualTo("copy");
        assertThat(copy.type()).isSameAs(t);
        assertThat(copy.withInfo(i)).isEqualTo(card);
        assertThat(card.guessChance()).isBetween(0.0, 0.5);
    }

    @ParameterizedTest
    @MethodSource("types")
    void missingAnyOfItsOwnFieldsIsAProblem(CardType t) throws IOException {
        // each field of its own (one the common card does not have) renamed away in turn: a problem, no half-read card
        List<String> own = new ArrayList<>(List.of("polarity", "choices", "key", "truth", "accept", "blanks"));
        for (String field : own) {
            String json = t.example().json().replaceAll("\"" + field + "\"\\s*:", "\"x-" + field + "\":");
            if (json.equals(t.example().json())) continue; // not a field of this type
            ContentLoader.Result r = load(json);
            assertThat(r.problems()).as(t + " without " + field).isNotEmpty();
            assertThat(r.content().cards()).as(t + " without " + field).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void isGradedAndKeptInTheNotebook(CardType t) throws IOException {
        Card card = load(t.example().json()).content().cards().get(0);
        Presentation p = shownInFileOrder(card);
        Outcome right = CHECKER.check(p, t.example().right());
        assertThat(right.correct()).isTrue();
        if (card.revealOnly()) {
            assertThat(AnswerText.of(p, right)).isEmpty();
            return;
        }
        Outcome wrong = CHECKER.check(p, t.example().wrong());
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(CHECKER.check(p, "").verdict()).isIn(Verdict.WRONG, Verdict.INVALID);
        assertThat(AnswerText.of(p, right)).isNotEmpty();
        assertThat(AnswerText.of(p, wrong)).isNotEmpty().isNotEqualTo(AnswerText.of(p, right));
    }

    @ParameterizedTest
    @MethodSource("types")
    void isShownOnTheStudyScreenInBothLanguagesWithin80Columns(CardType t) throws IOException {
        Card card = load(t.example().json()).content().cards().get(0);
        Presentation p = shownInFileOrder(card);
        for (Lang lang : Lang.values()) {
            StudyView view = new StudyView(lang, 80, new Style(true));
            List<String> screen = new ArrayList<>(view.question(p));
            screen.add(view.footer(true, card, false));
            screen.addAll(view.answer(p, CHECKER.check(p, t.example().right()), false));
            if (!card.revealOnly()) screen.addAll(view.answer(p, CHECKER.check(p, t.example().wrong()), false));
            String all = String.join("\n", screen);
            assertThat(all).contains(t.label().in(lang)).contains(card.info().explanation().in(lang));
            assertThat(all).doesNotContain("{{").doesNotContain("null");
            for (String line : screen) assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(80);
            for (int k = 0; k < card.choices().size(); k++) assertThat(all).contains(card.choices().get(k).in(lang));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void isExportedAsCardJsonCardViewAndAnki(CardType t) throws IOException {
        Card card = load(t.example().json()).content().cards().get(0);
        String json = CardJson.detail(card.id(), card, null, Double.NaN, Marks.NONE, List.of(), NOW);
        assertThat(json).contains("\"type\" : \"" + t.code() + "\"");
        for (Lang lang : Lang.values()) {
            List<String> view = new CardDetail(lang, new Style(true), ZoneOffset.UTC, 80)
                    .render(card.id(), card, null, Double.NaN, Marks.NONE, List.of(), NOW);
            assertThat(String.join("\n", view)).contains(card.info().answer().in(lang));
        }
        for (boolean korean : new boolean[] {true, false}) {
            assertThat(AnkiExport.frontText(card, korean)).contains(korean ? card.info().prompt().ko() : card.info().prompt().en());
            assertThat(AnkiExport.backText(card, korean)).isNotBlank();
        }
    }

    /** The card shown with its choices (if any) in file order, so the example's right choice is its key. */
    private static Presentation shownInFileOrder(Card card) {
        return new Presentation(card, null, IntStream.range(0, card.choices().size()).toArray());
    }

    private ContentLoader.Result load(String cardJson) throws IOException {
        Files.writeString(dir.resolve("example.json"), "{\"deck\": \"example\", \"cards\": [" + cardJson + "]}");
        return ContentLoader.folder(dir);
    }
}
