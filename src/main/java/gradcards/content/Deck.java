package gradcards.content;

import gradcards.i18n.Text;
import java.util.List;

/** A deck file: its name, title, introduction order and cards (in file order). */
public record Deck(String name, Text title, int order, List<Card> cards, String source) {
}
