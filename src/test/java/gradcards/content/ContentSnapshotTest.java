package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The deck snapshot's bytes give back the same content, and bytes that are not one whole snapshot are refused. */
class ContentSnapshotTest {

    static Content bundled() {
        ContentLoader.Result r = ContentLoader.bundled();
        assertThat(r.problems()).isEmpty();
        return r.content();
    }

    static void assertSameContent(Content actual, Content expected) {
        assertThat(actual.decks()).isEqualTo(expected.decks()); // records: every deck, card, text and answer field
        assertThat(actual.cards()).isEqualTo(expected.cards());
        assertThat(actual.facts()).containsExactlyEntriesOf(expected.facts());
        assertThat(actual.synonymsJson()).isEqualTo(expected.synonymsJson());
        assertThat(actual.measurements().toJson()).isEqualTo(expected.measurements().toJson()); // arrays: by value
        assertThat(actual.measurements().keys()).isEqualTo(expected.measurements().keys());
    }

    @Test
    void theBundledBankComesBackEqualWithEveryCardTypeAndFieldsLeftEmpty() throws IOException {
        Content c = bundled();
        Set<CardType> kinds = c.cards().stream().map(Card::type).collect(Collectors.toSet());
        assertThat(kinds).hasSize(5); // the round trip covers all five question types
        assertThat(c.cards()).anyMatch(k -> k.info().precise() == null).anyMatch(k -> k.info().demo() == null)
                .anyMatch(k -> k.info().precise() != null);
        assertThat(c.measurements().keys()).isNotEmpty();
        List<Problem> problems = List.of(new Problem("/data/decks/bad.json", 3, 7, "card \"x\" has no prompt"));
        ContentSnapshot.Loaded back = ContentSnapshot.decode(ContentSnapshot.encode(c, problems));
        assertSameContent(back.content(), c);
        assertThat(back.problems()).isEqualTo(problems);
    }

    @Test
    void aUserDeckWithOneLanguageAndNumericAnswersComesBackEqual() throws IOException {
        Content base = bundled();
        Content mini = ContentLoader.folder(ContentLoaderTest.DECKS.resolve("mini")).content();
        Content both = base.plus(mini.decks().stream().map(d -> new Deck(d.name(), d.title(), Content.USER_ORDER,
                d.cards(), null)).toList());
        ContentSnapshot.Loaded back = ContentSnapshot.decode(ContentSnapshot.encode(both, List.of()));
        assertSameContent(back.content(), both);
        assertThat(back.content().decks()).last().extracting(Deck::source).isNull();
    }

    @Test
    void bytesCutShortAnywhereOrWithMoreAfterThemAreRefused() {
        byte[] whole = ContentSnapshot.encode(bundled(), List.of(new Problem("f", 1, 1, "m")));
        for (int n : new int[] {0, 1, 3, 4, 9, 100, whole.length / 3, whole.length / 2, whole.length - 9, whole.length - 1}) {
            assertThatThrownBy(() -> ContentSnapshot.decode(Arrays.copyOf(whole, n))).as("cut at %d", n)
                    .isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> ContentSnapshot.decode(Arrays.copyOf(whole, whole.length + 1)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anotherLayoutIsRefused() {
        byte[] b = ContentSnapshot.encode(bundled(), List.of());
        b[3]++; // the layout number comes first
        assertThatThrownBy(() -> ContentSnapshot.decode(b)).isInstanceOf(IOException.class).hasMessageContaining("layout");
    }
}
