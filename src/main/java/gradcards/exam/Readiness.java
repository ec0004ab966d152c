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

    /** The forecast for the exam on date, seen from today, over the cards with their stored memories. */
    public static Forecast forecast(List<Card> cards, Map<String, Memory> memories, LocalDate exam, LocalDate today,
                                    StudyDay day, Parameters w) {
        Instant morning = day.startOf(exam);
        Map<String, Double> recall = new LinkedHashMap<>();
        Sum all = new Sum();
        Map<Topic, Sum> topics = new EnumMap<>(Topic.class);
        Map<Integer, Sum> subjects = new TreeMap<>();
        for (Card c : cards) {
            double r = Recall.at(memories.get(c.id()), morning, w);
            recall.put(c.id(), r);
            all.add(c, r);
            topics.computeIfAbsent(c.info().topic(), t -> new Sum()).add(c, r);
            subjects.computeIfAbsent(c.info().subject(), s -> new Sum()).add(c, r);
        }
        Map<Topic, Figures> byTopic = new EnumMap<>(Topic.class);
        topics.forEach((t, s) -> byTopic.put(t, s.figures()));
        Map<Integer, Figures> bySubject = new TreeMap<>();
        subjects.forEach((k, s) -> bySubject.put(k, s.figures()));
        return new Forecast(exam, exam.toEpochDay() - today.toEpochDay(), morning, all.figures(), byTopic, bySubject,
                recall);
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
}
