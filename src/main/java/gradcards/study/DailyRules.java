package gradcards.study;

import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The rules of the study day in one place: the day's window, what is left of the daily new-card and review limits,
 * and the streak. The study session, the overview and the statistics all ask here.
 */
public final class DailyRules {
    /** What the rules need to know about past answers (the store answers it). */
    public interface Log {
        /** New cards answered for the first time in [from, to). */
        int newCardsStudiedBetween(Instant from, Instant to);

        /** Answers to cards in the Review state in [from, to) (they count against the review limit). */
        int reviewCardAnswersBetween(Instant from, Instant to);

        /** Answers in [from, to) by mode code (study, quiz, exam). */
        java.util.Map<String, Integer> answersByModeBetween(Instant from, Instant to);

        /** The study days (by the given day rule; one of them holds now) that have at least one answer. */
        SortedSet<LocalDate> studyDays(StudyDay day, Instant now);
    }

    /** The study day holding now: its date, its start and the end of that day. */
    public record Window(LocalDate date, Instant start, Instant end) {
        public static Window of(StudyDay day, Instant now) {
            LocalDate date = day.dateOf(now);
            return new Window(date, day.startOf(date), day.endOfDay(now));
        }
    }

    private DailyRules() {
    }

    /** What is left today of the daily limits (new cards, reviews), after what was already answered today. */
    public static QueueBuilder.Limits limits(StudyDay day, Instant now, int newPerDay, int reviewsPerDay, Log log) {
        Window w = Window.of(day, now);
        return new QueueBuilder.Limits(newPerDay - log.newCardsStudiedBetween(w.start(), w.end()),
                reviewsPerDay - log.reviewCardAnswersBetween(w.start(), w.end()));
    }

    /** Today's answers by mode: what the overview, `stats` and the session summary all show as "answered today". */
    public static AnswerCounts answersToday(StudyDay day, Instant now, Log log) {
        Window w = Window.of(day, now);
        return AnswerCounts.of(log.answersByModeBetween(w.start(), w.end()));
    }

    /** Days in a row with study, ending today (or yesterday when today has no study yet). */
    public static int streak(StudyDay day, Instant now, Log log) {
        return streak(log.studyDays(day, now), day.dateOf(now));
    }

    /** Days in a row in the set, ending today (or yesterday when today is not in it). */
    public static int streak(SortedSet<LocalDate> days, LocalDate today) {
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }

    /** The longest run of consecutive days in the set (0 when it is empty). */
    public static int bestStreak(SortedSet<LocalDate> days) {
        int best = 0;
        int run = 0;
        LocalDate prev = null;
        for (LocalDate d : days) {
            run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
        }
        return best;
    }
}
