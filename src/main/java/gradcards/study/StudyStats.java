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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learner's statistics: cards by state, answers per day, true retention (recall on cards in Review), the
 * forecast of due cards, and mastery (cards in Review) per topic and per exam subject.
 */
public record StudyStats(Map<CardState, Integer> byState, int[] answersPerDay, int answersToday, double rightToday,
                         int reviewedInReview, double retention, int dueTomorrow, int dueWeek,
                         Map<Topic, int[]> masteryByTopic, Map<Integer, int[]> masteryBySubject,
                         SortedMap<LocalDate, Integer> daily, int[] dueByDay, int streak, int bestStreak,
                         Calibration calibration) {
    /** Days of the due forecast (day 0 = today, overdue cards included). */
    public static final int FORECAST_DAYS = 30;
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
        ReviewTally tally = new ReviewTally(day, now, gradcards.srs.Parameters.defaults());
        for (Answer a : log) tally.add(null, a.at().toEpochMilli(), a.rating().value(), a.before().code(), 0);
        return of(cards, memories, tally, now, day);
    }

    /** Computes the statistics from the card memories and a tally of the whole answer log. */
    public static StudyStats of(List<Card> cards, Map<String, Memory> memories, ReviewTally tally, Instant now,
                                StudyDay day) {
        Map<CardState, Integer> byState = new EnumMap<>(CardState.class);
        for (CardState s : CardState.values()) byState.put(s, 0);
        Map<Topic, int[]> topics = new EnumMap<>(Topic.class);
        Map<Integer, int[]> subjects = new TreeMap<>();
        int[] dueByDay = new int[FORECAST_DAYS];
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
            if (in < FORECAST_DAYS) dueByDay[(int) Math.max(0, in)]++;
        }
        SortedMap<LocalDate, Integer> daily = tally.perDay();
        int[] perDay = new int[DAYS];
        for (int i = 0; i < DAYS; i++) perDay[i] = daily.getOrDefault(today.minusDays(DAYS - 1 - i), 0);
        TreeSet<LocalDate> days = new TreeSet<>(daily.keySet());
        return new StudyStats(byState, perDay, tally.answersToday, share(tally.rightToday, tally.answersToday),
                tally.inReview, share(tally.recalled, tally.inReview), tomorrow, week, topics, subjects, daily, dueByDay,
                DailyRules.streak(days, today), DailyRules.bestStreak(days), tally.calibration());
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
