-- gradcards schema 5 (issues 8, 10 and 11): running summaries of review_log for `stats`, kept by triggers in the same
-- transaction as every insert into or delete from review_log, so `stats` reads a few thousand summary rows instead of
-- scanning and self-joining 100,000 answers on every start (the two scans took about 0.2 s of SQLite's CPU).
--
-- review_slot: answers per 15-minute UTC slot (slot = floor(unix seconds / 900)). Every zone offset and every day
-- start in use is a whole quarter hour, so each slot lies within one study day. Counts: all answers, answers that were
-- not Again, answers to cards in Review, and those not Again. A slot whose answers all were deleted is removed.
CREATE TABLE review_slot (
    slot           INTEGER PRIMARY KEY,
    answers        INTEGER NOT NULL,
    right_answers  INTEGER NOT NULL,
    review_answers INTEGER NOT NULL,
    review_right   INTEGER NOT NULL
) STRICT;

-- review_gap: one row per answer to a card in Review that has an earlier answer (by id) to the same card: the days
-- since that earlier answer and the stability it left, and whether this answer recalled the card (not Again). The
-- memory model's calibration is computed from these rows with the learner's current parameters.
CREATE TABLE review_gap (
    review_id    INTEGER PRIMARY KEY,
    elapsed_days REAL NOT NULL,
    stability    REAL NOT NULL,
    recalled     INTEGER NOT NULL
) STRICT;

INSERT INTO review_slot (slot, answers, right_answers, review_answers, review_right)
SELECT s, count(*), sum(rating <> 1), sum(state_before = 'Review'), sum(state_before = 'Review' AND rating <> 1)
FROM (SELECT (t - ((t % 900) + 900) % 900) / 900 AS s, rating, state_before
      FROM (SELECT CAST(strftime('%s', reviewed_at) AS INTEGER) AS t, rating, state_before FROM review_log
            WHERE strftime('%s', reviewed_at) IS NOT NULL))
GROUP BY s;

INSERT INTO review_gap (review_id, elapsed_days, stability, recalled)
SELECT r.id, julianday(r.reviewed_at) - julianday(p.reviewed_at), p.stability, r.rating <> 1
FROM review_log r JOIN review_log p ON p.id = (SELECT max(q.id) FROM review_log q WHERE q.card_id = r.card_id AND q.id < r.id)
WHERE r.state_before = 'Review';

CREATE TRIGGER review_log_summary_insert AFTER INSERT ON review_log
WHEN strftime('%s', NEW.reviewed_at) IS NOT NULL
BEGIN
    INSERT INTO review_slot (slot, answers, right_answers, review_answers, review_right)
    VALUES ((CAST(strftime('%s', NEW.reviewed_at) AS INTEGER)
             - ((CAST(strftime('%s', NEW.reviewed_at) AS INTEGER) % 900) + 900) % 900) / 900,
            1, NEW.rating <> 1, NEW.state_before = 'Review', NEW.state_before = 'Review' AND NEW.rating <> 1)
    ON CONFLICT (slot) DO UPDATE SET answers = answers + 1, right_answers = right_answers + excluded.right_answers,
        review_answers = review_answers + excluded.review_answers, review_right = review_right + excluded.review_right;
END;

CREATE TRIGGER review_log_gap_insert AFTER INSERT ON review_log
WHEN NEW.state_before = 'Review'
BEGIN
    INSERT OR REPLACE INTO review_gap (review_id, elapsed_days, stability, recalled)
    SELECT NEW.id, julianday(NEW.reviewed_at) - julianday(p.reviewed_at), p.stability, NEW.rating <> 1
    FROM review_log p WHERE p.card_id = NEW.card_id AND p.id < NEW.id ORDER BY p.id DESC LIMIT 1;
END;

CREATE TRIGGER review_log_summary_delete AFTER DELETE ON review_log
WHEN strftime('%s', OLD.reviewed_at) IS NOT NULL
BEGIN
    UPDATE review_slot SET answers = answers - 1, right_answers = right_answers - (OLD.rating <> 1),
        review_answers = review_answers - (OLD.state_before = 'Review'),
        review_right = review_right - (OLD.state_before = 'Review' AND OLD.rating <> 1)
    WHERE slot = (CAST(strftime('%s', OLD.reviewed_at) AS INTEGER)
                  - ((CAST(strftime('%s', OLD.reviewed_at) AS INTEGER) % 900) + 900) % 900) / 900;
    DELETE FROM review_slot WHERE answers <= 0
        AND slot = (CAST(strftime('%s', OLD.reviewed_at) AS INTEGER)
                    - ((CAST(strftime('%s', OLD.reviewed_at) AS INTEGER) % 900) + 900) % 900) / 900;
END;

-- a deleted answer takes its gap row with it; the next answer to the same card now follows the one before it
CREATE TRIGGER review_log_gap_delete AFTER DELETE ON review_log
BEGIN
    DELETE FROM review_gap WHERE review_id = OLD.id
        OR review_id = (SELECT min(n.id) FROM review_log n WHERE n.card_id = OLD.card_id AND n.id > OLD.id);
    INSERT INTO review_gap (review_id, elapsed_days, stability, recalled)
    SELECT n.id, julianday(n.reviewed_at) - julianday(p.reviewed_at), p.stability, n.rating <> 1
    FROM review_log n JOIN review_log p ON p.id = (SELECT max(q.id) FROM review_log q WHERE q.card_id = n.card_id AND q.id < n.id)
    WHERE n.id = (SELECT min(m.id) FROM review_log m WHERE m.card_id = OLD.card_id AND m.id > OLD.id)
        AND n.state_before = 'Review';
END;

-- answers are never edited in place (undo deletes, import inserts); an edit would leave the summaries behind
CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log
BEGIN
    SELECT RAISE(ABORT, 'review_log rows are not updated: delete and insert instead (review_slot, review_gap)');
END;

-- user_card_change: a random token that every insert, update or delete of an imported card replaces, in the same
-- transaction. The deck snapshot in the cache folder is keyed by it (with the decks/ files), so start-up does not read
-- and hash every imported card to learn that nothing changed. Random, not a counter: a restored backup and a later
-- import can never meet on the same value with different cards.
CREATE TABLE user_card_change (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    token BLOB NOT NULL
) STRICT;
INSERT INTO user_card_change (id, token) VALUES (1, randomblob(16));

CREATE TRIGGER user_card_changed_insert AFTER INSERT ON user_card
BEGIN
    UPDATE user_card_change SET token = randomblob(16) WHERE id = 1;
END;

CREATE TRIGGER user_card_changed_update AFTER UPDATE ON user_card
BEGIN
    UPDATE user_card_change SET token = randomblob(16) WHERE id = 1;
END;

CREATE TRIGGER user_card_changed_delete AFTER DELETE ON user_card
BEGIN
    UPDATE user_card_change SET token = randomblob(16) WHERE id = 1;
END;
