-- gradcards schema 3 (issue 8): mock exams and the wrong-answer notebook.

-- review_log gains the mode 'exam' (answers of `gradcards exam`). SQLite cannot change a CHECK in place, so the table
-- is rebuilt with the same name, columns, order and indexes (it is a public contract), and every row copied.
CREATE TABLE review_log_v3 (
    id             INTEGER PRIMARY KEY,
    card_id        TEXT NOT NULL,
    reviewed_at    TEXT NOT NULL,
    rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state_before   TEXT NOT NULL CHECK (state_before IN ('New', 'Learning', 'Review', 'Relearning')),
    stability      REAL NOT NULL,
    difficulty     REAL NOT NULL,
    due            TEXT NOT NULL,
    elapsed_days   INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    duration_ms    INTEGER NOT NULL,
    mode           TEXT NOT NULL CHECK (mode IN ('study', 'quiz', 'exam'))
) STRICT;
INSERT INTO review_log_v3 (id, card_id, reviewed_at, rating, state_before, stability, difficulty, due, elapsed_days,
                           scheduled_days, duration_ms, mode)
    SELECT id, card_id, reviewed_at, rating, state_before, stability, difficulty, due, elapsed_days, scheduled_days,
           duration_ms, mode FROM review_log;
DROP TABLE review_log;
ALTER TABLE review_log_v3 RENAME TO review_log;
CREATE INDEX review_log_by_time ON review_log (reviewed_at);
CREATE INDEX review_log_by_card ON review_log (card_id, id);

-- One row per finished mock exam or quiz: when, score out of total, seconds used, pass (exam rule; quiz: 60 %),
-- and the per-subject scores as JSON {"3": {"total": n, "score": k}, "4": {...}}.
CREATE TABLE exam_history (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('exam', 'quiz')),
    taken_at  TEXT NOT NULL,
    total     INTEGER NOT NULL,
    score     INTEGER NOT NULL,
    seconds   INTEGER NOT NULL,
    pass      INTEGER NOT NULL CHECK (pass IN (0, 1)),
    subjects  TEXT NOT NULL
) STRICT;

-- The wrong-answer notebook: a card enters with a wrong answer (study, quiz or exam) and leaves after two later
-- correct answers in a row (right_in_row reaches 2). The row stays, so times_wrong keeps counting.
CREATE TABLE wrong_note (
    card_id       TEXT PRIMARY KEY,
    times_wrong   INTEGER NOT NULL,
    last_wrong_at TEXT NOT NULL,
    last_answer   TEXT NOT NULL,
    right_in_row  INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The notebook as the answers so far make it (a wrong answer is one rated Again in every mode).
INSERT INTO wrong_note (card_id, times_wrong, last_wrong_at, last_answer, right_in_row)
    SELECT w.card_id, w.n, w.last_at, '',
           (SELECT count(*) FROM review_log r WHERE r.card_id = w.card_id AND r.rating > 1 AND r.id > w.last_id)
    FROM (SELECT card_id, count(*) AS n, max(reviewed_at) AS last_at, max(id) AS last_id
          FROM review_log WHERE rating = 1 GROUP BY card_id) w;
