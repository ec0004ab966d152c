package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.study.Marks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardFlagsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final Database db = Database.openInMemory();
    private final CardFlags flags = new CardFlags(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void marksAreStoredPerCardAndACardWithoutMarksHasNoRow() {
        Marks m = new Marks(true, T0, true, true);
        flags.save("a", m);
        flags.save("b", Marks.NONE.withFlagged(true));
        assertThat(flags.of("a")).isEqualTo(m);
        assertThat(flags.of("zzz")).isEqualTo(Marks.NONE);
        assertThat(flags.all()).containsOnlyKeys("a", "b");
        flags.save("b", Marks.NONE);
        assertThat(flags.all()).containsOnlyKeys("a");
    }

    @Test
    void changingSeveralCardsIsAllOrNothing() {
        flags.save("a", Marks.NONE.withFlagged(true));
        assertThatThrownBy(() -> flags.saveAll(List.of("a", "b", "c"), m -> {
            if (m.equals(Marks.NONE)) throw new IllegalStateException("boom on the second card");
            return m.withSuspended(true);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(flags.all()).containsExactly(Map.entry("a", Marks.NONE.withFlagged(true)));
    }

    @Test
    void migrationTwoUpgradesASchemaOneFileAndKeepsItsReviews(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            for (String sql : Migrations.statements(Migrations.script("001_init.sql"))) st.execute(sql);
            st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO review_log (card_id, reviewed_at, rating, state_before, stability, difficulty, due,"
                    + " elapsed_days, scheduled_days, duration_ms, mode) VALUES ('x', '2026-12-01T09:00:00.000Z', 3, 'New',"
                    + " 1.0, 5.0, '2026-12-02T09:00:00.000Z', 0, 1, 10, 'study')");
        }
        try (Database opened = Database.open(file)) {
            assertThat(opened.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(2);
            assertThat(opened.reviews("x")).hasSize(1);
            new CardFlags(opened).save("x", Marks.NONE.withSuspended(true));
            assertThat(new CardFlags(opened).of("x").suspended()).isTrue();
        }
    }
}
