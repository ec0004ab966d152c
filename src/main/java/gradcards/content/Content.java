package gradcards.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything loaded from a content folder: the decks in introduction order, the fact inventory and the synonyms. */
public record Content(List<Deck> decks, Map<String, Fact> facts, String synonymsJson) {

    public Content {
        decks = decks.stream().sorted(Comparator.comparingInt(Deck::order).thenComparing(Deck::name)).toList();
    }

    /** This content with more decks (a learner's own) after its own; the facts and synonyms stay. */
    public Content plus(List<Deck> more) {
        List<Deck> all = new ArrayList<>(decks);
        all.addAll(more);
        return new Content(all, facts, synonymsJson);
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
