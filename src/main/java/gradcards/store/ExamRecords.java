package gradcards.store;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of schema 3: finished mock exams and quizzes (exam_history) and the wrong-answer notebook (wrong_note).
 * A card enters the notebook with a wrong answer and leaves after two later correct answers in a row.
 */
public final class ExamRecords {
    /** Correct answers in a row after which a card leaves the notebook. */
    public static final int RIGHT_TO_LEAVE = 2;

    /** One finished exam or quiz. */
    public record History(String kind, Instant takenAt, int total, int score, long seconds, boolean pass,
                          String subjectsJson) {
    }

    /** A card in the notebook. */
    public record WrongNote(String cardId, int timesWrong, Instant lastWrongAt, String lastAnswer, int rightInRow) {
    }

    private final Connection conn;
    private final String name;

    ExamRecords(Connection conn, String name) {
        this.conn = conn;
        this.name = name;
    }

    /**
     * Stores a finished exam or quiz in the history. Its answers are already stored, each through the answer path
     * (AnswerLog) like every study answer.
     */
    public void saveHistory(History h) {
        Sql.update(conn, name, "INSERT INTO exam_history (kind, taken_at, total, score, seconds, pass, subjects)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(h.kind(), Instants.format(h.takenAt()), h.total(),
                h.score(), h.seconds(), h.pass() ? 1 : 0, h.subjectsJson()));
    }

    /** Updates the notebook for one answer (inside the caller's transaction). */
    static void note(Connection conn, String name, String cardId, Instant at, boolean correct, String given) {
        if (correct) {
            Sql.update(conn, name, "UPDATE wrong_note SET right_in_row = right_in_row + 1 WHERE card_id = ?",
                    List.of(cardId));
        } else {
            Sql.update(conn, name, "INSERT INTO wrong_note (card_id, times_wrong, last_wrong_at, last_answer, right_in_row)"
                    + " VALUES (?, 1, ?, ?, 0) ON CONFLICT (card_id) DO UPDATE SET times_wrong = times_wrong + 1,"
                    + " last_wrong_at = excluded.last_wrong_at, last_answer = excluded.last_answer, right_in_row = 0",
                    List.of(cardId, Instants.format(at), given == null ? "" : given));
        }
    }

    /** Rebuilds one card's notebook entry from its remaining answers (after an undo), keeping the last answer text. */
    static void renote(Connection conn, String name, String cardId) {
        Sql.update(conn, name, "DELETE FROM wrong_note WHERE card_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM review_log WHERE card_id = ? AND rating = 1)", List.of(cardId, cardId));
        Sql.update(conn, name, "UPDATE wrong_note SET"
                + " times_wrong = (SELECT count(*) FROM review_log WHERE card_id = ? AND rating = 1),"
                + " last_wrong_at = (SELECT max(reviewed_at) FROM review_log WHERE card_id = ? AND rating = 1),"
                + " right_in_row = (SELECT count(*) FROM review_log WHERE card_id = ? AND rating > 1 AND id >"
                + " (SELECT max(id) FROM review_log WHERE card_id = ? AND rating = 1)) WHERE card_id = ?",
                List.of(cardId, cardId, cardId, cardId, cardId));
    }

    /** Every finished exam and quiz, oldest first. */
    public List<History> history() {
        List<History> out = new ArrayList<>();
        Sql.forEach(conn, name, "SELECT * FROM exam_history ORDER BY taken_at, id", List.of(), rs -> out.add(
                new History(rs.getString("kind"), Instants.parse(rs.getString("taken_at")), rs.getInt("total"),
                        rs.getInt("score"), rs.getLong("seconds"), rs.getInt("pass") == 1, rs.getString("subjects"))));
        return out;
    }

    /** The cards in the notebook now, most recently wrong first. */
    public List<WrongNote> wrongNotes() {
        List<WrongNote> out = new ArrayList<>();
        Sql.forEach(conn, name, "SELECT * FROM wrong_note WHERE right_in_row < ? ORDER BY last_wrong_at DESC, card_id",
                List.of(RIGHT_TO_LEAVE), rs -> out.add(new WrongNote(rs.getString("card_id"), rs.getInt("times_wrong"),
                        Instants.parse(rs.getString("last_wrong_at")), rs.getString("last_answer"),
                        rs.getInt("right_in_row"))));
        return out;
    }

    /** How many cards are in the notebook now. */
    public int wrongCount() {
        int[] n = {0};
        Sql.forEach(conn, name, "SELECT count(*) FROM wrong_note WHERE right_in_row < ?", List.of(RIGHT_TO_LEAVE),
                rs -> n[0] = rs.getInt(1));
        return n[0];
    }
}
