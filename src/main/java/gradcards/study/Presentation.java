package gradcards.study;

import gradcards.content.Card;
import gradcards.i18n.Text;
import java.util.Arrays;
import java.util.List;

/**
 * A card as shown this time: the study-queue entry it came from (null for a quiz question, which comes from no
 * queue) and, for a 4-choice card, the shuffled order (displayed position i shows the file's choice order[i]).
 */
public record Presentation(Card card, StudyQueue.Entry entry, int[] order) {

    /** The shown order of a card's choices: shuffled for a 4-choice card (presentation n of it), empty otherwise. */
    public static int[] order(Card card, long seed, int presentation) {
        return card.answering() == Card.Answering.CHOICE ? ChoiceOrder.shuffle(4, seed, card.id(), presentation)
                : new int[0];
    }

    /** The choices in the order shown (displayed position i first); empty for a card without choices. */
    public List<Text> shownChoices() {
        return Arrays.stream(order).mapToObj(i -> card.choices().get(i)).toList();
    }

    /** The displayed position (1-based) of the mcq key, or 0 for other types (they have no key and no order). */
    public int displayedKey() {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == card.key() - 1) return i + 1;
        }
        return 0;
    }
}
