package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.srs.Memory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import transaction: all or nothing. */
class UserCardsTest {
    @TempDir
    Path dir;

    private static UserCards.Row row(String id, String deck, String body) {
        return new UserCards.Row(id, deck, 0, body, "f.csv");
    }

    @Test
    void aFailureHalfWayLeavesTheFileByteForByte() throws Exception {
        Path file = dir.resolve("g.sqlite");
        try (Database db = Database.open(file)) {
            db.userCards().importCards(List.of(row("csv:a:1", "a", "{}")), List.of(), Map.of());
        }
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            List<UserCards.Row> rows = List.of(row("csv:a:2", "a", "{\"x\":1}"), row("csv:a:1", "b", "{\"y\":2}"),
                    row("csv:a:3", null, "{}")); // the third breaks NOT NULL after two writes
            Memory m = new Memory(gradcards.srs.CardState.REVIEW, 0, 3, 5, Instant.parse("2026-12-03T00:00:00Z"),
                    Instant.parse("2026-12-01T00:00:00Z"), 1, 0);
            assertThatThrownBy(() -> db.userCards().importCards(rows, List.of(), Map.of("csv:a:2", m)))
                    .isInstanceOf(StoreException.class);
            assertThat(db.userCards().all()).containsExactly(row("csv:a:1", "a", "{}"));
            assertThat(db.memories()).isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void reimportCountsAddedUpdatedUnchanged() {
        try (Database db = Database.openInMemory()) {
            assertThat(db.userCards().all()).isEmpty(); // no table yet: nothing imported
            var first = db.userCards().importCards(List.of(row("k:1", "d", "{}"), row("k:2", "d", "{}")), List.of(), Map.of());
            assertThat(first).isEqualTo(new UserCards.Outcome(2, 0, 0, 0, 0));
            var second = db.userCards().importCards(List.of(row("k:1", "d", "{}"), row("k:2", "d", "{\"new\":1}")), List.of(), Map.of());
            assertThat(second).isEqualTo(new UserCards.Outcome(0, 1, 1, 0, 0));
        }
    }
}
