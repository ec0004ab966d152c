package gradcards.exam;

import gradcards.content.Card;
import gradcards.content.Topic;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The readiness forecast: each card's predicted recall on exam morning (the exam date at day start, in the
 * learner's zone); readiness = mean recall over all cards; expected score = mean over the question cards of
 * {@code R + (1 − R)·g} with g the chance of guessing. Overall, by topic and by exam subject.
 */
public final class Readiness {

    /** Readiness and expected score of a group of cards (fractions 0–1); NaN expected score when it has no questions. */
    public record Figures(int cards, int questions, double readiness, double expectedScore) {
    }

    /** The whole forecast for one exam date. */
    public record Forecast(LocalDate date, long daysLeft, Instant morning, Figures overall, Map<Topic, Figures> byTopic,
                           Map<Integer, Figures> bySubject, Map<String, Double> recall) {
    }

    private Readiness() {
    }

    /**
     * The forecast for the exam on date, seen from today, over the cards with their stored memories. One pass over
     * the cards with the curve's constants taken once (see {@link Recall.At}); the sums by topic and subject in
     * arrays; {@link Forecast#recall()} made into a map only when asked.
     */
    public static Forecast forecast(List<Card> cards, Map<String, Memory> memories, LocalDate exam, LocalDate today,
                                    StudyDay day, Parameters w) {
        Instant morning = day.startOf(exam);
        Recall.At at = new Recall.At(morning, w);
        double[] recall = new double[cards.size()];
        Sum all = new Sum();
        Topic[] topicKeys = Topic.values();
        Sum[] topics = new Sum[topicKeys.length];
        Subjects subjects = new Subjects();
        for (int k = 0; k < recall.length; k++) {
            Card c = cards.get(k);
            double r = at.of(memories.get(c.id()));
            recall[k] = r;
            all.add(c, r);
            int t = c.info().topic().ordinal();
            if (topics[t] == null) topics[t] = new Sum();
            topics[t].add(c, r);
            subjects.of(c.info().subject()).add(c, r);
        }
        Map<Topic, Figures> byTopic = new EnumMap<>(Topic.class);
        for (int t = 0; t < topics.length; t++) if (topics[t] != null) byTopic.put(topicKeys[t], topics[t].figures());
        return new Forecast(exam, exam.toEpochDay() - today.toEpochDay(), morning, all.figures(), byTopic,
                subjects.figures(), recallMap(cards, recall));
    }

    /** The expected score of one question card with predicted recall r: {@code r + (1 − r)·g}. */
    public static double expectedScore(Card c, double r) {
        return r + (1 - r) * Recall.guessChance(c);
    }

    private static final class Sum {
        int cards;
        int questions;
        double recall;
        double score;

        void add(Card c, double r) {
            cards++;
            recall += r;
            if (Recall.isQuestion(c)) {
                questions++;
                score += expectedScore(c, r);
            }
        }

        Figures figures() {
            return new Figures(cards, questions, cards == 0 ? Double.NaN : recall / cards,
                    questions == 0 ? Double.NaN : score / questions);
        }
    }

    /** The sums by exam subject: a handful of subject numbers, looked up in a short array. */
    private static final class Subjects {
        private int[] keys = new int[4];
        private Sum[] sums = new Sum[4];
        private int size;

        Sum of(int subject) {
            for (int i = 0; i < size; i++) if (keys[i] == subject) return sums[i];
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, 2 * size);
                sums = java.util.Arrays.copyOf(sums, 2 * size);
            }
            keys[size] = subject;
            sums[size] = new Sum();
            return sums[size++];
        }

        Map<Integer, Figures> figures() {
            Map<Integer, Figures> out = new TreeMap<>();
            for (int i = 0; i < size; i++) out.put(keys[i], sums[i].figures());
            return out;
        }
    }

    /** Each card's recall by card id, in card order, made into a map only when asked (the screens never ask). */
    private static Map<String, Double> recallMap(List<Card> cards, double[] recall) {
        return new LazyMap<>(() -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int k = 0; k < recall.length; k++) m.put(cards.get(k).id(), recall[k]);
            return m;
        });
    }
}
