package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled question bank: valid, every fact covered by two types, the exam-format counts, balanced keys. */
class BundledBankTest {
    private final ContentLoader.Result bank = ContentLoader.bundled();
    private final ContentStats stats = ContentStats.of(bank.content());

    @Test
    void theBundledDecksPassTheCheck() {
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.content().facts()).hasSize(69);
    }

    @Test
    void everyFactIsCoveredByAtLeastTwoTypes() {
        assertThat(stats.uncovered()).isEmpty();
        assertThat(stats.singleType()).isEmpty();
        stats.facts().forEach((id, f) -> assertThat(f.types()).as(id).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void theBankHasTheExamFormatsInNumber() {
        assertThat(stats.cards()).isGreaterThanOrEqualTo(150);
        assertThat(stats.byType().get("mcq")).isGreaterThanOrEqualTo(50);
        assertThat(stats.incorrectPolarity()).isGreaterThanOrEqualTo(15);
        assertThat(stats.byType().get("ox")).isGreaterThanOrEqualTo(30);
        assertThat(stats.byType().get("short")).isGreaterThanOrEqualTo(25);
        assertThat(stats.byType().get("cloze")).isGreaterThanOrEqualTo(15);
        assertThat(bank.content().cards()).filteredOn(c -> c instanceof Cloze z
                && z.blanks().stream().anyMatch(b -> b.numeric() != null)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void keyPositionsAreBalanced() {
        int total = stats.byType().get("mcq");
        for (int k : stats.keyPositions()) assertThat((double) k / total).isBetween(0.20, 0.30);
    }

    @Test
    void cardsOfDemoBackedFactsCiteTheDemoAndQuoteANumber() {
        List<String> missing = new ArrayList<>();
        for (Card c : bank.content().cards()) {
            boolean backed = c.info().facts().stream()
                    .anyMatch(f -> bank.content().facts().get(f).demo() != null);
            if (backed && c.info().demo() == null) missing.add(c.id());
            if (c.info().demo() != null) {
                assertThat(c.info().explanation().ko()).as(c.id()).containsPattern("\\d");
                assertThat(c.info().explanation().en()).as(c.id()).containsPattern("\\d");
            }
        }
        assertThat(missing).isEmpty();
    }
}
