package gradcards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder bench startup uses for its "5,000 user cards" case, made small here. */
class ImportBenchTest {
    @TempDir
    Path dir;

    @Test
    void dataHomeWithUserCardsIsALearnersDataFolderAfterAnImport() throws Exception {
        Path db = ImportBench.dataHomeWithUserCards(dir, 12);
        assertThat(db).isEqualTo(dir.resolve("gradcards").resolve("gradcards.sqlite"));
        try (Database d = Database.open(db)) {
            // one in five notes is a cloze with two blanks (c1 and c2 under one Anki card: one gradcards card)
            assertThat(d.userCards().all()).hasSize(12).allSatisfy(r -> assertThat(r.cardId()).startsWith("anki:"));
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("gradcards"); // the package is gone
        }
    }
}
