package gradcards.study;

import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.srs.Memory;
import gradcards.srs.StudyDay;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The card browser's logic: rows from decks, memories and marks, then filtered and sorted. Pure: now is passed in. */
public final class CardQuery {
    private CardQuery() {
    }

    /** One row per card in deck order; recall maps a studied card's memory to its probability of recall now. */
    public static List<CardRow> rows(List<Card> cards, Map<String, Memory> memories, Map<String, Marks> marks,
                                     ToDoubleFunction<Memory> recall) {
        List<CardRow> out = new ArrayList<>();
        for (Card c : cards) {
            Memory m = memories.get(c.id());
            if (m != null && m.isNew()) m = null;
            out.add(new CardRow(c, m, marks.getOrDefault(c.id(), Marks.NONE),
                    m == null ? Double.NaN : recall.applyAsDouble(m)));
        }
        return out;
    }

    /** The rows the filter keeps, in its order. */
    public static List<CardRow> select(List<CardRow> rows, CardFilter f, Instant now, StudyDay day) {
        List<String> words = words(f.query());
        List<CardRow> out = new ArrayList<>();
        for (CardRow r : rows) {
            if (keeps(r, f, words, now, day)) out.add(r);
        }
        Comparator<CardRow> order = order(f.sort());
        if (order != null) out.sort(order);
        return out;
    }

    private static boolean keeps(CardRow r, CardFilter f, List<String> words, Instant now, StudyDay day) {
        CardInfo i = r.card().info();
        if (!f.topics().isEmpty() && !f.topics().contains(i.topic())) return false;
        if (!f.types().isEmpty() && !f.types().contains(i.type())) return false;
        if (!f.states().isEmpty() && !f.states().contains(r.state())) return false;
        if (f.suspended() && !r.marks().suspended()) return false;
        if (f.flagged() && !r.marks().flagged()) return false;
        if (f.leech() && !r.marks().leech()) return false;
        if (f.due() != null && !due(r, f.due(), now, day)) return false;
        return words.isEmpty() || matches(i, words);
    }

    private static boolean due(CardRow r, CardFilter.Due which, Instant now, StudyDay day) {
        if (r.due() == null) return false;
        Instant limit = which == CardFilter.Due.TODAY ? day.endOfDay(now) : day.startOf(day.dateOf(now));
        return r.due().isBefore(limit);
    }

    /** Whether every word occurs in the card's id, prompt or answer, in either language. */
    static boolean matches(CardInfo i, List<String> words) {
        String text = fold(String.join("\n", i.id(), i.prompt().ko(), i.prompt().en(), i.answer().ko(), i.answer().en()));
        for (String w : words) {
            if (!text.contains(w)) return false;
        }
        return true;
    }

    /** The query's words, folded like the card text. */
    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        for (String w : fold(query).split("\\s+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** NFC (Hangul typed as jamo sequences matches composed syllables) and case folded. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Comparator<CardRow> order(CardFilter.Sort sort) {
        Comparator<CardRow> byId = Comparator.comparing(r -> r.card().id());
        switch (sort) {
            case DUE:
                return Comparator.comparing(CardRow::due, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
            case LAPSES:
                return Comparator.comparingInt(CardRow::lapses).reversed().thenComparing(byId);
            case RECALL:
                return Comparator.comparingDouble((CardRow r) -> Double.isNaN(r.recall()) ? 2 : r.recall()).thenComparing(byId);
            case ID:
                return byId;
            default:
                return null; // deck order as given
        }
    }
}
