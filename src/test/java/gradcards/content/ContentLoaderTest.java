package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLoaderTest {
    static final Path DECKS = Path.of("src/test/resources/gradcards/decks");

    @Test
    void aValidDeckLoadsEveryTypeInFileOrder() {
        ContentLoader.Result r = ContentLoader.folder(DECKS.resolve("mini"));
        assertThat(r.problems()).isEmpty();
        List<Card> cards = r.content().cards();
        assertThat(cards).extracting(Card::type).containsExactly(Flashcard.TYPE, MultipleChoice.TYPE, TrueFalse.TYPE,
                ShortAnswer.TYPE, Cloze.TYPE);
        MultipleChoice m = (MultipleChoice) cards.get(1);
        assertThat(m.askIncorrect()).isTrue();
        assertThat(m.key()).isEqualTo(3);
        assertThat(cards.get(2).info().precise().en()).isEqualTo("Milder than the sigmoid.");
        assertThat(((Cloze) cards.get(4)).blanks().get(0).numeric()).isEqualTo(0.25);
    }

    @Test
    void everyProblemIsReportedWithFileLineColumnAndCard() {
        List<String> p = ContentLoader.folder(DECKS.resolve("broken")).problems().stream().map(Problem::format).toList();
        assertThat(p).anyMatch(s -> s.matches(".*broken/syntax\\.json:5:\\d+: broken JSON: .*"));
        assertThat(p).anyMatch(s -> s.matches(".*fields\\.json:5:\\d+: card \"f-ox-01\" has no English prompt \\(add \"prompt\\.en\"\\)"));
        assertThat(p).anyMatch(s -> s.matches(".*fields\\.json:8:\\d+: card \"f-mcq-01\" cites unknown fact \"S99\".*"));
        assertThat(p).anyMatch(s -> s.matches(".*fields\\.json:10:\\d+: card \"f-mcq-01\" has 3 choices \\(an mcq needs exactly 4\\)"));
        assertThat(p).anyMatch(s -> s.matches(".*fields\\.json:11:\\d+: card \"f-mcq-01\" has key 5 .*"));
        assertThat(p).anyMatch(s -> s.matches(".*fields\\.json:14:\\d+: duplicate card id \"f-ox-01\".*"));
    }

    @Test
    void locationsPointAtTheValue() throws Exception {
        LocatedJson j = LocatedJson.parse("{\n  \"a\": [1,\n    {\"b\": \"x\"}]\n}");
        assertThat(j.at("/a/1/b")).containsExactly(3, 11);
        assertThat(j.at("/a/0")).containsExactly(2, 9);
        assertThat(j.at("/missing/deep")).containsExactly(1, 1);
    }
}
