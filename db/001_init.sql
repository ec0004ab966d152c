-- gradcards schema 1. card_state and review_log are a public contract (the FSRS optimizer and
-- other tools read them): keep the table and column names. Instants are ISO-8601 UTC text with
-- milliseconds and a trailing Z (2026-12-01T09:00:00.000Z), so text order is time order.

-- One row per card ever studied; a card removed from the decks keeps its row and its history.
CREATE TABLE card_state (
    card_id     TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('New', 'Learning', 'Review', 'Relearning')),
    step        INTEGER NOT NULL DEFAULT 0,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         TEXT NOT NULL,
    last_review TEXT,
    reps        INTEGER NOT NULL DEFAULT 0,
    lapses      INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One row per answer; stability, difficulty and due are the memory after the review.
CREATE TABLE review_log (
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
    mode           TEXT NOT NULL CHECK (mode IN ('study', 'quiz'))
) STRICT;

CREATE INDEX review_log_by_time ON review_log (reviewed_at);
CREATE INDEX review_log_by_card ON review_log (card_id, id);

-- The learner's settings (gradcards config); a key without a row has its default value.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
