package gradcards.exam;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.srs.StudyDay;
import gradcards.study.QueueBuilder;
import gradcards.study.StudyQueue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A scripted learner answers Good to every card shown, every day from day 1 to the eve of an exam 21 days ahead,
 * with the default settings (20 new cards a day, 200 reviews a day) over the bundled bank: once with the exam date
 * set (the plan), once without (plain FSRS).
 */
class ExamSimulationTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final LocalDate EXAM = FIRST.plusDays(21);
    private static final double TARGET = 0.95;

    private record Outcome(int introduced, int studied, int atTarget) {
        double share() {
            return atTarget / (double) studied;
        }
    }

    @Test
    void withTheExamDateEveryCardIsIntroducedAndNearlyAllReachExamRetentionWithoutItFewerDo() {
        List<Card> cards = ContentLoader.bundled().content().cards();
        Outcome planned = simulate(cards, true);
        Outcome plain = simulate(cards, false);
        String figures = String.format("with exam date: %d/%d at ≥ %.2f (%.1f %%), introduced %d/%d;"
                        + " without: %d/%d (%.1f %%), introduced %d", planned.atTarget(), planned.studied(), TARGET,
                100 * planned.share(), planned.introduced(), cards.size(), plain.atTarget(), plain.studied(),
                100 * plain.share(), plain.introduced());
        System.out.println("exam simulation: " + figures);
        assertThat(planned.introduced()).as(figures).isEqualTo(cards.size());
        assertThat(planned.share()).as(figures).isGreaterThanOrEqualTo(0.98);
        assertThat(plain.share()).as(figures).isLessThan(planned.share());
    }

    private static Outcome simulate(List<Card> cards, boolean withExam) {
        Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(SEOUL));
        StudyDay day = scheduler.config().day();
        Map<String, Memory> memories = new HashMap<>();
        for (LocalDate d = FIRST; d.isBefore(EXAM); d = d.plusDays(1)) {
            Instant now = day.startOf(d).plusSeconds(5 * 3600); // 09:00 in Seoul
            StudyQueue queue;
            if (withExam) {
                ExamPlanner.Plan plan = ExamPlanner.plan(new ExamPlanner.Input(d, EXAM, day, scheduler.weights(), TARGET,
                        20, 200, 0, 0, cards, memories));
                queue = QueueBuilder.build(cards, memories, now, day, new QueueBuilder.Limits(plan.newLeft(), 200),
                        plan.todayReviews());
            } else {
                queue = QueueBuilder.build(cards, memories, now, day, new QueueBuilder.Limits(20, 200));
            }
            for (Optional<StudyQueue.Entry> e = queue.next(now); e.isPresent(); e = queue.next(now)) {
                String id = e.get().cardId();
                Review r = scheduler.review(id, memories.getOrDefault(id, Memory.fresh(now)), Rating.GOOD, now);
                memories.put(id, r.after());
                if (r.after().scheduledIntraday()) queue.addLearning(id, r.after().due());
                now = now.plusSeconds(20);
            }
        }
        Instant morning = day.startOf(EXAM);
        int introduced = 0;
        int atTarget = 0;
        for (Card c : cards) {
            Memory m = memories.get(c.id());
            if (m == null || m.isNew()) continue;
            introduced++;
            if (Recall.at(m, morning, scheduler.weights()) >= TARGET) atTarget++;
        }
        return new Outcome(introduced, introduced, atTarget);
    }
}
