package gradcards.study;

import gradcards.content.CardType;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import java.util.Set;

/**
 * What `gradcards cards` lists: words that must all occur in the prompt, answer or id (either language), topics,
 * types and states (empty = any), due today or overdue, only suspended / flagged / leech cards, and the order.
 */
public record CardFilter(String query, Set<Topic> topics, Set<CardType> types, Set<CardState> states, Due due,
                         boolean suspended, boolean flagged, boolean leech, Sort sort) {

    /** Which due cards: due by the end of today's study day, or due before it began. */
    public enum Due { TODAY, OVERDUE }

    /** The order of the list: deck order, soonest due, most lapses, lowest recall, or by id. */
    public enum Sort { DECK, DUE, LAPSES, RECALL, ID }

    /** Every card in deck order. */
    public static final CardFilter ALL = new CardFilter("", Set.of(), Set.of(), Set.of(), null, false, false, false,
            Sort.DECK);

    public CardFilter {
        query = query == null ? "" : query;
        topics = Set.copyOf(topics);
        types = Set.copyOf(types);
        states = Set.copyOf(states);
        sort = sort == null ? Sort.DECK : sort;
    }
}
