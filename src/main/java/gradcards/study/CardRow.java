package gradcards.study;

import gradcards.content.Card;
import gradcards.srs.CardState;
import gradcards.srs.Memory;

/**
 * One card as the browser lists it: the card, its memory (null when never studied), its marks, and its probability
 * of recall now (NaN when never studied).
 */
public record CardRow(Card card, Memory memory, Marks marks, double recall) {

    /** The card's state; New when never studied. */
    public CardState state() {
        return memory == null ? CardState.NEW : memory.state();
    }

    public int reps() {
        return memory == null ? 0 : memory.reps();
    }

    public int lapses() {
        return memory == null ? 0 : memory.lapses();
    }

    /** When the card is due, or null for a card never studied. */
    public java.time.Instant due() {
        return memory == null || memory.isNew() ? null : memory.due();
    }
}
