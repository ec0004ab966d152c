package gradcards.app;

import gradcards.config.SettingKey;
import gradcards.content.Card;
import gradcards.exam.ExamOutlook;
import gradcards.exam.ExamPlanner;
import gradcards.render.Overview;
import gradcards.srs.Memory;
import gradcards.store.ReviewRow;
import gradcards.study.DailyRules;
import gradcards.study.QueueBuilder;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the overview's numbers from the database and prints the overview screen. */
final class OverviewNumbers {
    private OverviewNumbers() {
    }

    /** Computes the overview's numbers from the database at now. */
    static Overview.Numbers numbers(Services s, Instant now) {
        DailyRules.Window w = DailyRules.Window.of(s.day(), now);
        Map<String, Memory> memories = s.db.memories();
        DbLog log = new DbLog(s.db);
        List<Card> cards = gradcards.study.Marks.shown(s.content.cards(), new gradcards.store.CardFlags(s.db).all(), now);
        gradcards.study.AnswerCounts studied = DailyRules.answersToday(s.day(), now, log); // every mode, as stats counts
        QueueBuilder.Counts c = QueueBuilder.counts(cards, memories, now, s.day(), DailyRules.limits(s.day(), now,
                s.settings.newPerDay(), s.settings.reviewsPerDay(), log));
        int streak = DailyRules.streak(s.day(), now, log);
        Optional<Instant> next = cards.stream().map(k -> memories.get(k.id()))
                .filter(m -> m != null && !m.isNew()).map(Memory::due).min(Instant::compareTo);
        Optional<LocalDate> exam = SettingKey.examDate(s.db.settings());
        double examRetention = SettingKey.examRetention(s.db.settings());
        Optional<ExamOutlook> outlook = exam.map(e -> ExamOutlook.of(cards, memories, w.date(), e, s.day(),
                s.scheduler().weights(), examLimits(s, w, examRetention, log)));
        if (outlook.isPresent() && outlook.get().plan().active()) { // the session follows the plan: show its counts
            ExamPlanner.Plan plan = outlook.get().plan();
            long learningNow = memories.values().stream().filter(m -> m.scheduledIntraday() && !m.due().isAfter(now)).count();
            int reviews = Math.min(plan.todayReviews().size(), Math.max(0, s.settings.reviewsPerDay()
                    - log.reviewCardAnswersBetween(w.start(), w.end())));
            c = new QueueBuilder.Counts((int) learningNow + reviews, 0, Math.min(c.newUnseen(), plan.newLeft()),
                    c.newUnseen());
        }
        return new Overview.Numbers(w.date(), c.dueNow(), c.dueLaterToday(), c.newAvailable(), c.newUnseen(), studied,
                streak, next, exam, outlook, examRetention, s.settings.newPerDay(), s.db.exams().wrongCount());
    }

    /** The exam plan's limits: exam-retention, the daily limits and what today already used of them. */
    static ExamOutlook.Limits examLimits(Services s, DailyRules.Window w, double examRetention, DailyRules.Log log) {
        return new ExamOutlook.Limits(examRetention, s.settings.newPerDay(), s.settings.reviewsPerDay(),
                log.newCardsStudiedBetween(w.start(), w.end()), log.reviewCardAnswersBetween(w.start(), w.end()));
    }

    /** Prints the overview. */
    static void print(Services s, PrintWriter out) {
        Instant now = s.clock.instant();
        for (String l : Overview.render(numbers(s, now), now, s.lang(), s.style(), s.zone)) out.println(l);
        out.flush();
    }
}
