package gradcards.exam;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Card;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamPlannerTest {
    private static final StudyDay DAY = new StudyDay(ZoneOffset.UTC, 0);
    private static final Parameters W = Parameters.defaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate EXAM = TODAY.plusDays(20);

    // FSRS-6 written out independently: the forgetting curve and the success formula with the default weights
    private static double curve(double t, double s) {
        double f = Math.pow(0.9, -1 / 0.1542) - 1;
        return Math.pow(1 + f * t / s, -0.1542);
    }

    private static double sAfterGood(double s, double d, int elapsed) {
        double r = curve(elapsed, s);
        return s * (1 + Math.exp(1.8722) * (11 - d) * Math.pow(s, -0.1666) * (Math.exp(0.796 * (1 - r)) - 1));
    }

    /** Recall on exam morning after a Good review on day (reviewed at its start), last reviewed `since` days before today. */
    private static double rExamAfter(double s, double d, int since, LocalDate day) {
        int elapsed = (int) (day.toEpochDay() - TODAY.toEpochDay()) + since;
        return curve(EXAM.toEpochDay() - day.toEpochDay(), sAfterGood(s, d, elapsed));
    }

    private static Memory review(double s, double d, int daysAgo, LocalDate due) {
        Instant last = DAY.startOf(TODAY.minusDays(daysAgo)).plusSeconds(9 * 3600);
        return new Memory(CardState.REVIEW, 0, s, d, DAY.startOf(due).plusSeconds(9 * 3600), last, 4, 0);
    }

    private static ExamPlanner.Input input(List<Card> cards, Map<String, Memory> mem, double target, int newPerDay,
                                           int reviewsPerDay, LocalDate exam) {
        return new ExamPlanner.Input(TODAY, exam, DAY, W, target, newPerDay, reviewsPerDay, 0, 0, cards, mem);
    }

    @Test
    void aCardDueAfterTheExamWithEnoughRecallIsLeftAlone() {
        Card c = Cards.mcq("c", Topic.CAUSE, 3);
        Memory m = review(400, 3, 5, TODAY.plusDays(300));
        double rExam = curve(25 - 9 / 24.0, 400); // 5 days ago 09:00 to exam morning 00:00
        assertThat(rExam).isGreaterThanOrEqualTo(0.95);
        ExamPlanner.Plan p = ExamPlanner.plan(input(List.of(c), Map.of("c", m), 0.95, 20, 200, EXAM));
        assertThat(p.active()).isTrue();
        assertThat(p.planned()).doesNotContainKey("c");
        assertThat(p.todayReviews()).isEmpty();
        assertThat(p.reachable()).isTrue();
    }

    @Test
    void aCardThatCannotReachTheTargetIsReviewedAsLateAsPossible() {
        Card c = Cards.mcq("c", Topic.CAUSE, 3);
        Memory m = review(0.5, 10, 1, TODAY.plusDays(1));
        LocalDate eve = EXAM.minusDays(1);
        assertThat(rExamAfter(0.5, 10, 1, eve)).isLessThan(0.99); // even the eve's review falls short
        ExamPlanner.Plan p = ExamPlanner.plan(input(List.of(c), Map.of("c", m), 0.99, 20, 200, EXAM));
        assertThat(p.planned().get("c").day()).isEqualTo(eve);
        assertThat(p.planned().get("c").reachesTarget()).isFalse();
        assertThat(p.unreachable()).isEqualTo(1);
        assertThat(p.reachable()).isFalse();
    }

    @Test
    void aCardShortOfTheTargetIsDueWhereAReviewBringsItThereAndBacklogSpreadsWithinTheDailyLimit() {
        // due after the exam but only 0.9-ish recall on exam morning: it needs one review before the exam
        List<Card> cards = new ArrayList<>();
        Map<String, Memory> mem = new HashMap<>();
        for (String id : List.of("a", "b", "c")) {
            cards.add(Cards.mcq(id, Topic.REMEDY, 4));
            mem.put(id, review(30, 5, 10, EXAM.plusDays(10)));
        }
        assertThat(curve(30 - 9 / 24.0, 30)).isLessThan(0.95);
        int dMin = 0;
        while (rExamAfter(30, 5, 10, TODAY.plusDays(dMin)) < 0.95) dMin++;
        assertThat(dMin).isLessThan(17);

        ExamPlanner.Plan roomy = ExamPlanner.plan(input(cards, mem, 0.95, 20, 200, EXAM));
        for (String id : List.of("a", "b", "c")) assertThat(roomy.planned().get(id).day()).isEqualTo(EXAM.minusDays(1));

        ExamPlanner.Plan tight = ExamPlanner.plan(input(cards, mem, 0.95, 20, 1, EXAM));
        assertThat(tight.planned().values()).extracting(ExamPlanner.Slot::day)
                .containsExactlyInAnyOrder(EXAM.minusDays(1), EXAM.minusDays(2), EXAM.minusDays(3));
        for (ExamPlanner.Slot s : tight.planned().values()) {
            assertThat(s.day()).isAfterOrEqualTo(TODAY.plusDays(dMin));
            assertThat(rExamAfter(30, 5, 10, s.day())).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(tight.overCapacity()).isZero();
        assertThat(tight.reachable()).isTrue();
    }

    @Test
    void overdueBacklogBeyondTheDailyLimitIsOrderedByWhatItAddsToTheExpectedScore() {
        // exam in 2 days: only today and the eve; three overdue cards, one review a day
        LocalDate exam = TODAY.plusDays(2);
        Card typed = Cards.shortAnswer("typed", Topic.CAUSE, 3); // guess 0: the full recall gain counts
        Card ox = Cards.ox("ox", Topic.CAUSE, 3);                // guess 0.5: half of it
        Card mcq = Cards.mcq("mcq", Topic.CAUSE, 3);             // guess 0.25
        Map<String, Memory> mem = Map.of(
                "typed", review(3, 5, 6, TODAY.minusDays(2)),
                "ox", review(3, 5, 6, TODAY.minusDays(2)),
                "mcq", review(3, 5, 6, TODAY.minusDays(2)));
        assertThat(curve(7 + 15 / 24.0, 3)).isLessThan(0.9);          // each needs a review before the exam
        assertThat(curve(2, sAfterGood(3, 5, 6))).isGreaterThan(0.9); // and one today already reaches the target
        ExamPlanner.Plan p = ExamPlanner.plan(new ExamPlanner.Input(TODAY, exam, DAY, W, 0.9, 20, 1, 0, 0,
                List.of(ox, mcq, typed), mem));
        assertThat(p.planned()).hasSize(3);
        assertThat(p.overCapacity()).isEqualTo(1);
        assertThat(p.reachable()).isFalse();
        // the eve takes one; today the other two in order of gain: typed (1 − 0) before mcq (1 − 0.25) before ox
        List<String> order = new ArrayList<>(p.todayReviews());
        List<String> expected = new ArrayList<>(List.of("typed", "mcq", "ox"));
        expected.retainAll(order);
        assertThat(order).containsExactlyElementsOf(expected).hasSize(2);
    }

    @Test
    void newCardsArePacedToBeAllIntroducedAWeekBeforeTheExam() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 100; i++) cards.add(Cards.mcq("n" + i, Topic.DEFINITION, 3));
        LocalDate exam = TODAY.plusDays(17); // introduction days: today .. exam − 7 = 11 days
        ExamPlanner.Plan paced = ExamPlanner.plan(input(cards, Map.of(), 0.95, 5, 200, exam));
        assertThat(paced.newQuota()).isEqualTo((int) Math.ceil(100 / 11.0));
        assertThat(paced.aboveNewLimit()).isTrue();
        assertThat(paced.reachable()).isTrue();
        ExamPlanner.Plan generous = ExamPlanner.plan(input(cards, Map.of(), 0.95, 20, 200, exam));
        assertThat(generous.newQuota()).isEqualTo(20);
        assertThat(generous.aboveNewLimit()).isFalse();
        ExamPlanner.Plan late = ExamPlanner.plan(input(cards, Map.of(), 0.95, 5, 200, TODAY.plusDays(5)));
        assertThat(late.lateIntroductions()).isEqualTo(100);
        assertThat(late.newQuota()).isEqualTo(20); // the rest spread over the 5 days left
        assertThat(late.reachable()).isFalse();
    }

    @Test
    void onTheExamDayAndAfterItThePlanIsInactive() {
        Card c = Cards.mcq("c", Topic.CAUSE, 3);
        Map<String, Memory> mem = Map.of("c", review(3, 5, 6, TODAY.minusDays(2)));
        assertThat(ExamPlanner.plan(input(List.of(c), mem, 0.95, 20, 200, TODAY)).active()).isFalse();
        assertThat(ExamPlanner.plan(input(List.of(c), mem, 0.95, 20, 200, TODAY.minusDays(3))).active()).isFalse();
        assertThat(ExamPlanner.plan(input(List.of(c), mem, 0.95, 20, 200, null)).active()).isFalse();
    }
}
