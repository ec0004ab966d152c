package gradcards.app;

import gradcards.store.Database;
import gradcards.study.DailyRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;

/** The study-day rules' view of the database. */
record DbLog(Database db) implements DailyRules.Log {
    @Override
    public int newCardsStudiedBetween(Instant from, Instant to) {
        return db.newCardsStudiedBetween(from, to);
    }

    @Override
    public int reviewCardAnswersBetween(Instant from, Instant to) {
        return db.reviewCardAnswersBetween(from, to);
    }

    @Override
    public java.util.Map<String, Integer> answersByModeBetween(Instant from, Instant to) {
        return db.answersByModeBetween(from, to);
    }

    @Override
    public SortedSet<LocalDate> studyDays(gradcards.srs.StudyDay day, Instant now) {
        return gradcards.store.ReviewScan.studyDays(db, day, now);
    }
}
