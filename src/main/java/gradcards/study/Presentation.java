package gradcards.study;

import gradcards.content.Card;

/**
 * A card as shown this time: the study-queue entry it came from (null for a quiz question, which comes from no
 * queue) and, for a 4-choice card, the shuffled order (displayed position i shows the file's choice order[i]).
 */
public record Presentation(Card card, StudyQueue.Entry entry, int[] order) {

    /** The displayed position (1-based) of the mcq key, or 0 for other types. */
    public int displayedKey() {
        if (!(card instanceof Card.MultipleChoice m)) return 0;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == m.key() - 1) return i + 1;
        }
        return 0;
    }
}
