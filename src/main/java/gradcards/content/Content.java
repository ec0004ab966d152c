package gradcards.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything loaded from a content folder: the decks in introduction order, the fact inventory, the synonyms and the
 * measurements the cards quote.
 */
public record Content(List<Deck> decks, Map<String, Fact> facts, String synonymsJson, Measurements measurements) {

    public Content {
        decks = decks.stream().sorted(Comparator.comparingInt(Deck::order).thenComparing(Deck::name)).toList();
    }

    /** All cards in introduction order: deck by deck (ascending order), then file order. */
    public List<Card> cards() {
        List<Card> out = new ArrayList<>();
        for (Deck d : decks) out.addAll(d.cards());
        return out;
    }

    /** Cards by id, in introduction order. */
    public Map<String, Card> byId() {
        Map<String, Card> out = new LinkedHashMap<>();
        for (Card c : cards()) out.put(c.id(), c);
        return out;
    }
}
