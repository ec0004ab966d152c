package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, Why-11: a full disk. SQLite is made to hit SQLITE_FULL for real (PRAGMA max_page_count on the connection:
 * the file may not grow any more); the failed answer is one clear line (not "cannot commit - no transaction is active"),
 * and every answer saved before it is still there, in a database that opens and checks clean.
 */
class DiskFullTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anAnswerThatDoesNotFitIsOneClearLineAndEveryEarlierAnswerIsKept() throws Exception {
        Path file = dir.resolve("full.sqlite");
        List<ReviewRow> saved = new ArrayList<>();
        StoreException full = null;
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 20; i++) saved.add(save(db, i));
            Connection c = db.connection();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = " + pageCount(c)); // the disk is full from here on
            }
            for (int i = 20; i < 20_000 && full == null; i++) {
                try {
                    saved.add(save(db, i));
                } catch (StoreException e) {
                    full = e;
                }
            }
            assertThat(full).as("a file that may not grow fills up").isNotNull();
            assertThat(db.reviews("card-" + saved.size())).as("the failed answer left nothing").isEmpty();
            assertThat(db.memory("card-" + saved.size())).isEmpty();
        }
        assertThat(full.text().en()).isEqualTo("could not write " + file + ": the disk is full or failing"
                + " (free some space and try again; answers saved before are kept)");
        assertThat(full.text().ko()).startsWith(file + "에 쓰지 못했습니다: 디스크가 가득 찼거나");
        assertThat(full.getCause().getMessage()).as("the first failure is the one told").contains("SQLITE_FULL")
                .doesNotContain("no transaction is active");
        try (Database db = Database.open(file)) { // a new connection: the disk has room again
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            List<ReviewRow> stored = new ArrayList<>();
            db.forEachReview(r -> stored.add(r.review()));
            assertThat(stored).containsExactlyElementsOf(saved);
            assertThat(db.memories()).hasSize(saved.size());
            save(db, saved.size()); // and the learner goes on
        }
    }

    private static ReviewRow save(Database db, int i) {
        Instant at = T0.plusSeconds(60L * i);
        Memory after = new Memory(CardState.LEARNING, 1, 2.3065, 2.1181, at.plusSeconds(600), at, 1, 0);
        ReviewRow row = ReviewRow.of("card-" + i, at, Rating.GOOD, CardState.NEW, after, 0, 0, 4200, ReviewRow.STUDY);
        db.saveReview(row, after);
        return row;
    }

    private static long pageCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
