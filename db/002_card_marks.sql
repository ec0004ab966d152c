-- gradcards schema 2 (issue 9): what the learner did to a card apart from studying it. Kept out of card_state,
-- which is the optimizer's contract and has no row for a card never studied. A card without a row has no marks.
-- buried_until is an instant (same text form as 001): the card is hidden until the study day that starts then.
CREATE TABLE card_mark (
    card_id      TEXT PRIMARY KEY,
    suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    buried_until TEXT,
    flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    leech        INTEGER NOT NULL DEFAULT 0 CHECK (leech IN (0, 1))
) STRICT;
