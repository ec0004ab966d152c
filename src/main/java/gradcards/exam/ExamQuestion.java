package gradcards.exam;

import gradcards.content.Card;

/**
 * One question of a mock exam: a 4-choice card and the order its choices are shown in (displayed position i shows
 * the file's choice order[i]).
 */
public record ExamQuestion(Card card, int[] order) {

    /** The displayed position (1–4) of the deck's key after shuffling. */
    public int correctChoice() {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == card.key() - 1) return i + 1;
        }
        throw new IllegalStateException("key " + card.key() + " of " + card.id() + " is not among the choices");
    }

    /** The exam subject (3 or 4). */
    public int subject() {
        return card.info().subject();
    }
}
