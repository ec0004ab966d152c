package gradcards.exam;

import gradcards.content.Card;
import gradcards.study.ChoiceOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws a mock written exam: 4-choice cards only, spread over the subjects in proportion to the bank (largest
 * remainder), each subject's questions together in subject order as on the real paper; seeded, so a seed
 * reproduces the paper and the shown order of every question's choices.
 */
public final class ExamDraw {
    /** The real exam's pace: 120 minutes for 80 questions. */
    public static final double MINUTES_PER_QUESTION = 1.5;

    private ExamDraw() {
    }

    /** Up to count questions drawn from the pool's 4-choice cards. */
    public static List<ExamQuestion> draw(List<Card> pool, int count, long seed) {
        Map<Integer, List<Card>> bySubject = new TreeMap<>();
        for (Card c : pool) {
            if (c.onWrittenExam()) bySubject.computeIfAbsent(c.info().subject(), k -> new ArrayList<>()).add(c);
        }
        Map<Integer, Integer> quota = quotas(bySubject, count);
        Random random = new Random(seed);
        List<ExamQuestion> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Card>> e : bySubject.entrySet()) {
            List<Card> cards = new ArrayList<>(e.getValue());
            Collections.shuffle(cards, random);
            for (Card m : cards.subList(0, quota.get(e.getKey()))) {
                out.add(new ExamQuestion(m, ChoiceOrder.shuffle(4, seed, m.id(), 0)));
            }
        }
        return out;
    }

    /** How many questions each subject gets: proportional to its 4-choice cards, largest remainder, capped by supply. */
    static Map<Integer, Integer> quotas(Map<Integer, List<Card>> bySubject, int count) {
        int total = bySubject.values().stream().mapToInt(List::size).sum();
        int n = Math.min(Math.max(0, count), total);
        Map<Integer, Integer> quota = new TreeMap<>();
        Map<Integer, Double> rest = new TreeMap<>();
        int given = 0;
        for (Map.Entry<Integer, List<Card>> e : bySubject.entrySet()) {
            double exact = n * e.getValue().size() / (double) total;
            quota.put(e.getKey(), (int) Math.floor(exact));
            rest.put(e.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<Integer> order = new ArrayList<>(rest.keySet());
        order.sort((a, b) -> Double.compare(rest.get(b), rest.get(a)));
        for (int i = 0; given < n; i = (i + 1) % order.size()) {
            int s = order.get(i);
            if (quota.get(s) < bySubject.get(s).size()) {
                quota.put(s, quota.get(s) + 1);
                given++;
            }
        }
        return quota;
    }

    /** The default time for a paper of n questions: 1.5 minutes a question, rounded up to whole minutes. */
    public static int defaultMinutes(int questions) {
        return (int) Math.ceil(questions * MINUTES_PER_QUESTION);
    }
}
