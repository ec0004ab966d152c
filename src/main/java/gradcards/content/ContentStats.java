package gradcards.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts over a content set: cards by type, topic and subject, and per fact its cards, their types and its demo. */
public record ContentStats(int cards, Map<String, Integer> byType, Map<String, Integer> byTopic,
                           Map<String, Integer> bySubject, Map<String, FactCoverage> facts, List<String> uncovered,
                           List<String> singleType, int[] keyPositions, int incorrectPolarity) {

    /** How one fact is covered. */
    public record FactCoverage(int cards, List<String> types, String demo) {
    }

    /** Computes the statistics of the content. */
    public static ContentStats of(Content content) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (CardType t : CardType.all()) byType.put(t.code(), 0);
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        for (Topic t : Topic.values()) if (t != Topic.OWN) byTopic.put(t.code(), 0); // own: only when there are some
        Map<String, Integer> bySubject = new TreeMap<>();
        Map<String, List<Card>> perFact = new LinkedHashMap<>();
        for (String id : content.facts().keySet()) perFact.put(id, new ArrayList<>());
        int[] keys = new int[4];
        int incorrect = 0;
        List<Card> cards = content.cards();
        for (Card c : cards) {
            CardInfo i = c.info();
            if (i.topic() == Topic.OWN) byTopic.putIfAbsent(Topic.OWN.code(), 0);
            byType.merge(i.type().code(), 1, Integer::sum);
            byTopic.merge(i.topic().code(), 1, Integer::sum);
            bySubject.merge(String.valueOf(i.subject()), 1, Integer::sum);
            for (String f : i.facts()) perFact.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
            if (c.answering() == Card.Answering.CHOICE) {
                keys[c.key() - 1]++;
                if (c.askIncorrect()) incorrect++;
            }
        }
        return coverage(cards.size(), byType, byTopic, bySubject, perFact, content, keys, incorrect);
    }

    private static ContentStats coverage(int n, Map<String, Integer> byType, Map<String, Integer> byTopic,
                                         Map<String, Integer> bySubject, Map<String, List<Card>> perFact,
                                         Content content, int[] keys, int incorrect) {
        Map<String, FactCoverage> facts = new LinkedHashMap<>();
        List<String> uncovered = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (var e : perFact.entrySet()) {
            TreeSet<String> types = new TreeSet<>();
            for (Card c : e.getValue()) types.add(c.type().code());
            Fact fact = content.facts().get(e.getKey());
            facts.put(e.getKey(), new FactCoverage(e.getValue().size(), List.copyOf(types), fact == null ? null : fact.demo()));
            if (e.getValue().isEmpty()) uncovered.add(e.getKey());
            else if (types.size() == 1) single.add(e.getKey());
        }
        return new ContentStats(n, byType, byTopic, bySubject, facts, uncovered, single, keys, incorrect);
    }
}
