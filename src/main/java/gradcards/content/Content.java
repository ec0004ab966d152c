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

    /** This content with more decks (a learner's own) after its own; the facts and synonyms stay. */
    public Content plus(List<Deck> more) {
        List<Deck> all = new ArrayList<>(decks);
        all.addAll(more);
        return new Content(all, facts, synonymsJson, measurements);
    }

    /** Decks of this order and above are a learner's own (user decks and imports), loaded after the bundled ones. */
    public static final int USER_ORDER = 1000;

    /**
     * All cards in introduction order: deck by deck (ascending order), then file order. When there are user decks,
     * their cards alternate one by one with the bundled ones, so new cards of both come in every day.
     */
    public List<Card> cards() {
        List<Card> bank = new ArrayList<>();
        List<Card> own = new ArrayList<>();
        for (Deck d : decks) (d.order() >= USER_ORDER ? own : bank).addAll(d.cards());
        if (own.isEmpty() || bank.isEmpty()) {
            bank.addAll(own);
            return bank;
        }
        List<Card> out = new ArrayList<>(bank.size() + own.size());
        for (int i = 0; i < Math.max(bank.size(), own.size()); i++) {
            if (i < bank.size()) out.add(bank.get(i));
            if (i < own.size()) out.add(own.get(i));
        }
        return out;
    }

    /** Cards by id, in introduction order. */
    public Map<String, Card> byId() {
        Map<String, Card> out = new LinkedHashMap<>();
        for (Card c : cards()) out.put(c.id(), c);
        return out;
    }
}
