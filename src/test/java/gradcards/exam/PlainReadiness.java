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

/** The readiness forecast written plainly, as it was before it was made cheap for its first call: the reference for {@link Readiness}. */
final class PlainReadiness {
    private PlainReadiness() {
    }

    /** The forecast for the exam on date, seen from today, over the cards with their stored memories. */
    static Readiness.Forecast forecast(List<Card> cards, Map<String, Memory> memories, LocalDate exam, LocalDate today,
                                    StudyDay day, Parameters w) {
        Instant morning = day.startOf(exam);
        Map<String, Double> recall = new LinkedHashMap<>();
        Sum all = new Sum();
        Map<Topic, Sum> topics = new EnumMap<>(Topic.class);
        Map<Integer, Sum> subjects = new TreeMap<>();
        for (Card c : cards) {
            double r = PlainExamPlanner.recallAt(memories.get(c.id()), morning, w);
            recall.put(c.id(), r);
            all.add(c, r);
            topics.computeIfAbsent(c.info().topic(), t -> new Sum()).add(c, r);
            subjects.computeIfAbsent(c.info().subject(), s -> new Sum()).add(c, r);
        }
        Map<Topic, Readiness.Figures> byTopic = new EnumMap<>(Topic.class);
        topics.forEach((t, s) -> byTopic.put(t, s.figures()));
        Map<Integer, Readiness.Figures> bySubject = new TreeMap<>();
        subjects.forEach((k, s) -> bySubject.put(k, s.figures()));
        return new Readiness.Forecast(exam, exam.toEpochDay() - today.toEpochDay(), morning, all.figures(), byTopic, bySubject,
                recall);
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
                score += Readiness.expectedScore(c, r);
            }
        }

        Readiness.Figures figures() {
            return new Readiness.Figures(cards, questions, cards == 0 ? Double.NaN : recall / cards,
                    questions == 0 ? Double.NaN : score / questions);
        }
    }
}
