package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamRecordsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final Database db = Database.openInMemory();

    @AfterEach
    void close() {
        db.close();
    }

    private static Memory review(Instant at) {
        return new Memory(CardState.REVIEW, 0, 5, 5, at.plusSeconds(86_400 * 5), at, 3, 0);
    }

    private long answer(String card, int second, Rating r) {
        Instant at = T0.plusSeconds(second);
        return db.saveReview(ReviewRow.of(card, at, r, CardState.REVIEW, review(at), 1, 5, 100, ReviewRow.STUDY), review(at));
    }

    @Test
    void aWrongAnswerEntersTheNotebookAndTwoLaterRightAnswersInARowTakeItOut() {
        answer("a", 1, Rating.AGAIN);
        answer("a", 2, Rating.GOOD);
        answer("a", 3, Rating.AGAIN); // a wrong answer in between starts the count again
        answer("a", 4, Rating.GOOD);
        assertThat(db.exams().wrongNotes()).extracting(ExamRecords.WrongNote::cardId).containsExactly("a");
        assertThat(db.exams().wrongNotes().get(0).timesWrong()).isEqualTo(2);
        long last = answer("a", 5, Rating.HARD);
        assertThat(db.exams().wrongCount()).isZero();
        db.undoReview(last, "a", review(T0.plusSeconds(4))); // undo puts it back
        assertThat(db.exams().wrongNotes()).extracting(ExamRecords.WrongNote::rightInRow).containsExactly(1);
        answer("b", 6, Rating.GOOD);
        assertThat(db.exams().wrongNotes()).extracting(ExamRecords.WrongNote::cardId).containsExactly("a");
    }

    @Test
    void examAnswersGoThroughTheAnswerLogKeepingTheAnswerGivenAndTheHistoryRowIsSavedApart() {
        Instant at = T0.plusSeconds(600);
        AnswerLog exam = db.answers(ReviewRow.EXAM);
        exam.answer("x", cur -> new Review(cur.orElse(Memory.fresh(at)), Rating.AGAIN, cur.orElse(Memory.fresh(at)), at,
                0, 0), 0, null, "choice:2");                                         // a new card stays new
        exam.answer("y", cur -> new Review(review(at), Rating.GOOD, Memory.fresh(at), at, 0, 5), 0, null, "choice:4");
        db.exams().saveHistory(new ExamRecords.History("exam", at, 2, 1, 95, false, "{\"3\":{\"total\":2,\"score\":1}}"));
        assertThat(db.memory("x")).isEmpty();
        assertThat(db.memory("y")).contains(review(at));
        assertThat(db.reviews("x")).extracting(s -> s.review().mode()).containsExactly("exam");
        assertThat(db.exams().history()).containsExactly(new ExamRecords.History("exam", at, 2, 1, 95, false,
                "{\"3\":{\"total\":2,\"score\":1}}"));
        assertThat(db.exams().wrongNotes()).singleElement()
                .satisfies(n -> assertThat(n.lastAnswer()).isEqualTo("choice:2"))
                .satisfies(n -> assertThat(n.cardId()).isEqualTo("x"));
        // a later wrong answer in study replaces the last answer; a right one keeps it
        db.answers(ReviewRow.STUDY).answer("x", cur -> new Review(Memory.fresh(at), Rating.AGAIN, Memory.fresh(at),
                at.plusSeconds(1), 0, 0), 0, null, "ReLU");
        db.answers(ReviewRow.QUIZ).answer("x", cur -> new Review(Memory.fresh(at), Rating.GOOD, Memory.fresh(at),
                at.plusSeconds(2), 0, 0), 0, null, "Leaky ReLU");
        assertThat(db.exams().wrongNotes()).singleElement().satisfies(n -> {
            assertThat(n.lastAnswer()).isEqualTo("ReLU");
            assertThat(n.timesWrong()).isEqualTo(2);
            assertThat(n.rightInRow()).isEqualTo(1);
        });
    }

    @Test
    void schema3KeepsEveryOldReviewAndBuildsTheNotebookFromThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(Migrations.script("001_init.sql"))) st.execute(sql);
            st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            String cols = "INSERT INTO review_log (card_id, reviewed_at, rating, state_before, stability, difficulty, due,"
                    + " elapsed_days, scheduled_days, duration_ms, mode) VALUES ";
            st.execute(cols + "('a', '2026-11-01T00:00:00.000Z', 1, 'New', 0.2, 6, '2026-11-01T00:01:00.000Z', 0, 0, 5, 'study')");
            st.execute(cols + "('a', '2026-11-01T00:05:00.000Z', 3, 'Learning', 1, 6, '2026-11-02T00:05:00.000Z', 0, 1, 5, 'quiz')");
            st.execute(cols + "('b', '2026-11-01T00:06:00.000Z', 3, 'New', 2.3, 2, '2026-11-01T00:16:00.000Z', 0, 0, 5, 'study')");
        }
        assertThat(Files.exists(file)).isTrue();
        try (Database opened = Database.open(file)) {
            assertThat(opened.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(opened.reviews("a")).hasSize(2);
            assertThat(opened.reviews("b")).hasSize(1);
            assertThat(opened.exams().wrongNotes()).singleElement().satisfies(n -> {
                assertThat(n.cardId()).isEqualTo("a");
                assertThat(n.rightInRow()).isEqualTo(1);
                assertThat(n.timesWrong()).isEqualTo(1);
            });
            Instant at = T0;
            opened.saveReview(ReviewRow.of("c", at, Rating.GOOD, CardState.REVIEW, review(at), 1, 5, 1, ReviewRow.EXAM),
                    review(at));
            assertThat(opened.reviews("c")).extracting(s -> s.review().mode()).containsExactly("exam");
        }
    }
}
