package gradcards.study;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.MultipleChoice;
import gradcards.content.TrueFalse;
import gradcards.content.Card;
import gradcards.content.CardType;
import gradcards.content.ContentLoader;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.StudyDay;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardQueryTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final StudyDay DAY = new StudyDay(ZoneOffset.UTC, 4);
    private static final List<Card> CARDS = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini"))
            .content().cards();

    private static final Map<String, Memory> MEMORIES = Map.of(
            "mini-fc-01", review(NOW.minus(Duration.ofDays(2)), 3, 0.70),   // overdue
            "mini-mcq-01", review(NOW.plus(Duration.ofHours(5)), 0, 0.95),  // due later today
            "mini-ox-01", review(NOW.plus(Duration.ofDays(3)), 1, 0.80));   // not due
    private static final Map<String, Marks> MARKS = Map.of(
            "mini-mcq-01", Marks.NONE.withFlagged(true),
            "mini-ox-01", Marks.NONE.withSuspended(true).withLeech(true));

    private static List<String> ids(CardFilter f) {
        List<CardRow> rows = CardQuery.rows(CARDS, MEMORIES, MARKS, m -> m.difficulty() / 10);
        return CardQuery.select(rows, f, NOW, DAY).stream().map(r -> r.card().id()).toList();
    }

    private static CardFilter filter(String q, CardFilter.Sort sort) {
        return new CardFilter(q, Set.of(), Set.of(), Set.of(), null, false, false, false, sort);
    }

    @Test
    void everyCardInDeckOrderWithNewCardsHavingNoDueAndNoRecall() {
        List<CardRow> rows = CardQuery.rows(CARDS, MEMORIES, MARKS, m -> 0.5);
        assertThat(rows).extracting(r -> r.card().id()).isEqualTo(CARDS.stream().map(Card::id).toList());
        CardRow fresh = rows.stream().filter(r -> r.memory() == null).findFirst().orElseThrow();
        assertThat(fresh.state()).isEqualTo(CardState.NEW);
        assertThat(fresh.due()).isNull();
        assertThat(fresh.recall()).isNaN();
    }

    @Test
    void theQueryMatchesPromptAndAnswerInBothLanguagesAllWordsAnyCase() {
        assertThat(ids(filter("SIGMOID not", null))).containsExactly("mini-mcq-01");
        assertThat(ids(filter("시그모이드", null))).containsExactly("mini-mcq-01", "mini-cloze-01");
        assertThat(ids(filter("시그모이드 설명", null))).containsExactly("mini-mcq-01");
        String decomposed = Normalizer.normalize("시그모이드 설명", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("시그모이드 설명");
        assertThat(ids(filter(decomposed, null))).containsExactly("mini-mcq-01");
        assertThat(ids(filter("early layers", null))).containsExactly("mini-fc-01"); // in the English answer
        assertThat(ids(filter("sigmoid nowhere-at-all", null))).isEmpty();
    }

    @Test
    void dueTodayIncludesOverdueAndOverdueOnlyThoseDueBeforeToday() {
        CardFilter today = new CardFilter("", Set.of(), Set.of(), Set.of(), CardFilter.Due.TODAY, false, false, false, null);
        CardFilter overdue = new CardFilter("", Set.of(), Set.of(), Set.of(), CardFilter.Due.OVERDUE, false, false, false, null);
        assertThat(ids(today)).containsExactly("mini-fc-01", "mini-mcq-01");
        assertThat(ids(overdue)).containsExactly("mini-fc-01");
    }

    @Test
    void marksTypesTopicsAndStatesFilter() {
        assertThat(ids(new CardFilter("", Set.of(), Set.of(), Set.of(), null, true, false, false, null)))
                .containsExactly("mini-ox-01");
        assertThat(ids(new CardFilter("", Set.of(), Set.of(), Set.of(), null, false, true, false, null)))
                .containsExactly("mini-mcq-01");
        assertThat(ids(new CardFilter("", Set.of(), Set.of(), Set.of(), null, false, false, true, null)))
                .containsExactly("mini-ox-01");
        assertThat(ids(new CardFilter("", Set.of(), Set.of(MultipleChoice.TYPE, TrueFalse.TYPE), Set.of(), null, false, false,
                false, null))).containsExactly("mini-mcq-01", "mini-ox-01");
        assertThat(ids(new CardFilter("", Set.of(Topic.DEFINITION), Set.of(), Set.of(), null, false, false, false, null)))
                .allSatisfy(id -> assertThat(CARDS.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
                        .info().topic()).isEqualTo(Topic.DEFINITION)).contains("mini-fc-01");
        assertThat(ids(new CardFilter("", Set.of(), Set.of(), Set.of(CardState.NEW), null, false, false, false, null)))
                .hasSize(CARDS.size() - 3).doesNotContain("mini-fc-01", "mini-mcq-01", "mini-ox-01");
    }

    @Test
    void sortsByDueLapsesRecallAndId() {
        assertThat(ids(filter("", CardFilter.Sort.DUE))).startsWith("mini-fc-01", "mini-mcq-01", "mini-ox-01");
        assertThat(ids(filter("", CardFilter.Sort.LAPSES))).startsWith("mini-fc-01", "mini-ox-01");
        assertThat(ids(filter("", CardFilter.Sort.RECALL))).startsWith("mini-fc-01", "mini-ox-01", "mini-mcq-01");
        List<String> byId = ids(filter("", CardFilter.Sort.ID));
        assertThat(byId).isSorted().hasSize(CARDS.size());
    }

    /** A Review card due at the given instant, with these lapses; recall in these tests is difficulty / 10. */
    private static Memory review(Instant due, int lapses, double recall) {
        return new Memory(CardState.REVIEW, 0, 10, recall * 10, due, due.minus(Duration.ofDays(5)), 4, lapses);
    }
}
