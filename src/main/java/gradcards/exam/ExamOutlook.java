package gradcards.exam;

import gradcards.content.Card;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Today's plan and the readiness forecast for one exam date, computed together from the same memories. */
public record ExamOutlook(ExamPlanner.Plan plan, Readiness.Forecast forecast) {

    /** What the outlook needs besides the cards and memories: the learner's limits and what today already used. */
    public record Limits(double examRetention, int newPerDay, int reviewsPerDay, int newIntroducedToday,
                         int reviewsDoneToday) {
    }

    /** The outlook for the exam on date, seen from today. */
    public static ExamOutlook of(List<Card> cards, Map<String, Memory> memories, LocalDate today, LocalDate exam,
                                 StudyDay day, Parameters w, Limits l) {
        ExamPlanner.Plan plan = ExamPlanner.plan(new ExamPlanner.Input(today, exam, day, w, l.examRetention(),
                l.newPerDay(), l.reviewsPerDay(), l.newIntroducedToday(), l.reviewsDoneToday(), cards, memories));
        return new ExamOutlook(plan, Readiness.forecast(cards, memories, exam, today, day, w));
    }
}
