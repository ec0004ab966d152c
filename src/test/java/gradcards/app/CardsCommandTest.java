package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.render.Cells;
import gradcards.store.CardFlags;
import gradcards.store.Database;
import gradcards.study.Marks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cards` and `card ID` over the mini deck after a short scripted session. */
class CardsCommandTest {
    static final String NOW = "2026-12-01T09:00:00Z";
    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void studyTwoCards() {
        db = tmp.resolve("cards.sqlite");
        // flashcard: Good; mcq: a wrong choice then Again
        TestEnv e = new TestEnv("\n3\n2\n\nq\n"); // with seed 1 the key is shown as 1), so 2 is wrong
        assertThat(e.run(args("--plain", "study", "--seed", "1"))).isZero();
        try (Database d = Database.open(db)) {
            assertThat(d.memories()).containsOnlyKeys("mini-fc-01", "mini-mcq-01");
        }
    }

    String[] args(String... more) {
        List<String> a = new ArrayList<>(List.of("--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", NOW));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    TestEnv run(String... more) {
        TestEnv e = new TestEnv("");
        assertThat(e.run(args(more))).as(e.err()).isZero();
        assertThat(e.err()).isEmpty();
        return e;
    }

    @Test
    void listsEveryCardOneALineWithStateDueRecallLapsesAndMarks() {
        try (Database d = Database.open(db)) {
            new CardFlags(d).save("mini-ox-01", Marks.NONE.withSuspended(true).withFlagged(true));
        }
        String out = run("cards").out();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("card").contains("type", "state", "due", "recall", "lapses", "marks");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("mini-fc-01").contains("Flashcard", "Learning",
                "12-01 09:10", "100%"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("mini-ox-01").contains("New", "–").endsWith("SF"));
        assertThat(lines.get(lines.size() - 1)).contains("5 of 5 cards", "S suspended");
        assertThat(lines).allSatisfy(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(80));
    }

    @Test
    void filtersBySearchWordsStateMarksAndDueAndSorts() {
        assertThat(ids(run("cards", "sigmoid", "NOT").out())).containsExactly("mini-mcq-01");
        assertThat(ids(run("cards", "시그모이드").out())).containsExactly("mini-mcq-01", "mini-cloze-01");
        assertThat(ids(run("cards", "--state", "new").out())).containsExactly("mini-ox-01", "mini-short-01", "mini-cloze-01");
        assertThat(ids(run("cards", "--type", "mcq,ox").out())).containsExactly("mini-mcq-01", "mini-ox-01");
        assertThat(ids(run("cards", "--due", "today", "--sort", "due").out())).containsExactly("mini-mcq-01", "mini-fc-01");
        assertThat(ids(run("cards", "--sort", "id").out())).isSorted();
        assertThat(run("cards", "--flagged").out()).contains("no cards match (5 cards in the decks)");
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        try (Database d = Database.open(db)) {
            new CardFlags(d).save("mini-fc-01", Marks.NONE.withFlagged(true));
        }
        JsonNode a = new ObjectMapper().readTree(run("cards", "--json").out());
        assertThat(a.size()).isEqualTo(5);
        JsonNode fc = a.get(0);
        assertThat(fc.get("id").asText()).isEqualTo("mini-fc-01");
        List<String> names = new ArrayList<>();
        fc.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("id", "type", "topic", "subject", "state", "due", "recall", "reps", "lapses",
                "suspended", "flagged", "leech");
        assertThat(fc.get("state").asText()).isEqualTo("learning");
        assertThat(fc.get("due").asText()).isEqualTo("2026-12-01T09:10:00Z");
        assertThat(fc.get("flagged").asBoolean()).isTrue();
        JsonNode fresh = a.get(2);
        assertThat(fresh.get("state").asText()).isEqualTo("new");
        assertThat(fresh.get("due").isNull()).isTrue();
        assertThat(fresh.get("recall").isNull()).isTrue();
    }

    @Test
    void oneCardInFullWithItsMemoryAndWholeHistory() throws Exception {
        String out = run("card", "mini-mcq-01").out();
        assertThat(out).contains("mini-mcq-01 · 4-choice · subject 3 · cause", "Which statement about the sigmoid is NOT",
                "3) Its derivative peaks at 1. ✔", "Answer", "Why", "Memory", "Learning", "stability", "difficulty",
                "recall now", "next due 2026-12-01 09:01", "1 answer", "study", "1 Again");
        assertThat(out.lines()).allSatisfy(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(80));
        JsonNode j = new ObjectMapper().readTree(run("card", "mini-mcq-01", "--json").out());
        assertThat(j.get("prompt").get("ko").asText()).startsWith("시그모이드");
        assertThat(j.get("stability").asDouble()).isPositive();
        assertThat(j.get("history")).hasSize(1);
        JsonNode h = j.get("history").get(0);
        assertThat(h.get("reviewed_at").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(h.get("rating").asInt()).isEqualTo(1);
        assertThat(h.get("mode").asText()).isEqualTo("study");
        assertThat(h.get("state_before").asText()).isEqualTo("new");
        String ko = run("--lang", "ko", "card", "mini-ox-01").out();
        assertThat(ko).contains("아직 공부하지 않은 새 카드", "답한 기록 없음");
    }

    @Test
    void badInputIsOneLineInTheLearnersLanguage() {
        TestEnv e = new TestEnv("");
        assertThat(e.run(args("card", "mini-mcq-1"))).isEqualTo(1);
        assertThat(e.err()).isEqualTo("gradcards: no card 'mini-mcq-1' (find ids with 'gradcards cards WORD');"
                + " did you mean mini-mcq-01?\n");
        TestEnv ko = new TestEnv("");
        assertThat(ko.run(args("--lang", "ko", "cards", "--state", "done"))).isEqualTo(1);
        assertThat(ko.err()).startsWith("gradcards: --state은(는) new, learning, review, relearning 중 하나여야 합니다")
                .doesNotContain("Exception").hasLineCount(1);
    }

    static List<String> ids(String out) {
        return out.lines().skip(1).filter(l -> l.startsWith("mini-")).map(l -> l.split(" ")[0]).toList();
    }
}
