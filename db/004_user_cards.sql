-- gradcards schema 4 (issue 10): the cards a learner imported (gradcards import). Before this migration the table was
-- created by the first import inside its transaction, with exactly this DDL: IF NOT EXISTS lets a database that already
-- has it (schema 3 + user_card) migrate without a change to its rows.
-- card_id is namespaced (anki:GUID, anki:GUID:cN, anki:GUID:tN, csv:DECK:HASH, md:DECK:HASH…) and never equals a bundled
-- id; body is the card in the user-deck JSON format; position keeps the file's order within a deck; source is the
-- name of the file it came from.
CREATE TABLE IF NOT EXISTS user_card (
    card_id  TEXT PRIMARY KEY,
    deck     TEXT NOT NULL,
    position INTEGER NOT NULL,
    body     TEXT NOT NULL,
    source   TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS user_card_by_deck ON user_card (deck, position);
