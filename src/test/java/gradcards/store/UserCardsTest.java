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
            assertThat(db.userCards().all()).isEmpty();
            var first = db.userCards().importCards(List.of(row("k:1", "d", "{}"), row("k:2", "d", "{}")), List.of(), Map.of());
            assertThat(first).isEqualTo(new UserCards.Outcome(2, 0, 0, 0, 0));
            var second = db.userCards().importCards(List.of(row("k:1", "d", "{}"), row("k:2", "d", "{\"new\":1}")), List.of(), Map.of());
            assertThat(second).isEqualTo(new UserCards.Outcome(0, 1, 1, 0, 0));
        }
    }

    @Test
    void aNewDatabaseHasTheTableBeforeAnyImport() throws Exception {
        Path file = dir.resolve("new.sqlite");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(4);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery(
                     "SELECT name FROM sqlite_master WHERE tbl_name = 'user_card' ORDER BY name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) names.add(rs.getString(1));
            assertThat(names).contains("user_card", "user_card_by_deck");
        }
    }

    /**
     * interop/schema3-user-card.sqlite was written by gradcards before migration 004 (commit 2ad98a1): schema 3, a TSV
     * import created user_card in its transaction, then a scripted study session answered a bundled and an imported
     * card (see interop/README.md). It migrates to 004 with its rows, reviews and memories unchanged.
     */
    @Test
    void aDatabaseWhoseFirstImportCreatedTheTableMigrates() throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (var in = UserCardsTest.class.getResourceAsStream("/interop/schema3-user-card.sqlite")) {
            Files.copy(in, file);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(3); // the fixture is what it says
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(4);
            assertThat(db.userCards().all()).extracting(UserCards.Row::cardId, UserCards.Row::deck)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("csv:legacy:0c7626d113d5", "legacy"),
                            org.assertj.core.groups.Tuple.tuple("csv:legacy:3e12e8f8c3aa", "legacy"));
            assertThat(db.reviews("csv:legacy:0c7626d113d5")).hasSize(1);
            assertThat(db.memories()).containsKeys("csv:legacy:0c7626d113d5", "basics-fc-01");
            var again = db.userCards().importCards(db.userCards().all(), List.of(), Map.of());
            assertThat(again).isEqualTo(new UserCards.Outcome(0, 0, 2, 0, 0));
            var more = db.userCards().importCards(List.of(row("csv:legacy:new", "legacy", "{}")), List.of(), Map.of());
            assertThat(more.added()).isEqualTo(1);
        }
    }

    @Test
    void manyRowsGoInByChunksWithTheirOrderAndBodies() {
        try (Database db = Database.openInMemory()) {
            List<UserCards.Row> rows = new java.util.ArrayList<>();
            for (int i = 0; i < UserCards.CHUNK * 2 + 7; i++) {
                rows.add(new UserCards.Row("k:" + i, "d" + (i % 3), i, "{\"n\":" + i + "}", "f.apkg"));
            }
            assertThat(db.userCards().importCards(rows, List.of(), Map.of()).added()).isEqualTo(rows.size());
            assertThat(db.userCards().all()).containsExactlyInAnyOrderElementsOf(rows);
        }
    }
}
