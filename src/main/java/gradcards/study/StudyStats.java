package gradcards.study;

import gradcards.content.Card;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learner's statistics: cards by state, answers per day, true retention (recall on cards in Review), the
 * forecast of due cards, and mastery (cards in Review) per topic and per exam subject.
 */
public record StudyStats(Map<CardState, Integer> byState, int[] answersPerDay, int answersToday, double rightToday,
                         int reviewedInReview, double retention, int dueTomorrow, int dueWeek,
                         Map<Topic, int[]> masteryByTopic, Map<Integer, int[]> masteryBySubject) {
    /** Days shown in the answers-per-day chart. */
    public static final int DAYS = 14;
    /** Days over which retention is measured. */
    public static final int RETENTION_DAYS = 30;

    /** One logged answer, as the statistics need it. */
    public record Answer(Instant at, Rating rating, CardState before) {
    }

    /** Computes the statistics of the decks' cards from their memories and the answer log at now. */
    public static StudyStats of(List<Card> cards, Map<String, Memory> memories, List<Answer> log, Instant now,
                                StudyDay day) {
        Map<CardState, Integer> byState = new EnumMap<>(CardState.class);
        for (CardState s : CardState.values()) byState.put(s, 0);
        Map<Topic, int[]> topics = new EnumMap<>(Topic.class);
        Map<Integer, int[]> subjects = new TreeMap<>();
        int tomorrow = 0;
        int week = 0;
        LocalDate today = day.dateOf(now);
        for (Card c : cards) {
            Memory m = memories.get(c.id());
            CardState s = m == null ? CardState.NEW : m.state();
            byState.merge(s, 1, Integer::sum);
            tally(topics.computeIfAbsent(c.info().topic(), k -> new int[2]), s);
            tally(subjects.computeIfAbsent(c.info().subject(), k -> new int[2]), s);
            if (m == null || m.isNew()) continue;
            long in = day.dateOf(m.due()).toEpochDay() - today.toEpochDay();
            if (in <= 1) tomorrow++;
            if (in <= 7) week++;
        }
        return fromLog(byState, log, now, day, tomorrow, week, topics, subjects);
    }

    private static StudyStats fromLog(Map<CardState, Integer> byState, List<Answer> log, Instant now, StudyDay day,
                                      int tomorrow, int week, Map<Topic, int[]> topics, Map<Integer, int[]> subjects) {
        int[] perDay = new int[DAYS];
        long today = day.dateOf(now).toEpochDay();
        int todayCount = 0;
        int todayRight = 0;
        int inReview = 0;
        int recalled = 0;
        for (Answer a : log) {
            long ago = today - day.dateOf(a.at()).toEpochDay();
            if (ago >= 0 && ago < DAYS) perDay[DAYS - 1 - (int) ago]++;
            if (ago == 0) {
                todayCount++;
                if (a.rating() != Rating.AGAIN) todayRight++;
            }
            if (ago >= 0 && ago < RETENTION_DAYS && a.before() == CardState.REVIEW) {
                inReview++;
                if (a.rating() != Rating.AGAIN) recalled++;
            }
        }
        return new StudyStats(byState, perDay, todayCount, share(todayRight, todayCount), inReview,
                share(recalled, inReview), tomorrow, week, topics, subjects);
    }

    /** Counts a card: [0] in Review (mastered for now), [1] all. */
    private static void tally(int[] counts, CardState s) {
        if (s == CardState.REVIEW) counts[0]++;
        counts[1]++;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
