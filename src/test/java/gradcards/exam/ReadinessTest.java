package gradcards.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradcards.content.Card;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final StudyDay DAY = new StudyDay(SEOUL, 4);
    private static final Parameters W = Parameters.defaults();
    private static final LocalDate EXAM = LocalDate.of(2026, 12, 21);

    // the closed form, written out here independently of the production code
    private static double closedForm(double days, double s) {
        double w20 = 0.1542;
        double f = Math.pow(0.9, -1 / w20) - 1;
        return Math.pow(1 + f * days / s, -w20);
    }

    private static Memory review(double s, Instant last) {
        return new Memory(CardState.REVIEW, 0, s, 5, last.plusSeconds(86_400L * 30), last, 3, 0);
    }

    @Test
    void recallOnExamMorningIsTheForgettingCurveAtFractionalDaysSinceTheLastReview() {
        // exam morning = 2026-12-21 04:00 Seoul = 2026-12-20T19:00Z; last review 10.5 days before
        Instant morning = Instant.parse("2026-12-20T19:00:00Z");
        assertThat(DAY.startOf(EXAM)).isEqualTo(morning);
        Instant last = morning.minusSeconds(86_400L * 10 + 43_200);
        assertThat(Recall.at(review(7.0, last), morning, W)).isCloseTo(closedForm(10.5, 7.0), within(1e-12));
        assertThat(closedForm(7.0, 7.0)).isCloseTo(0.9, within(1e-12)); // R(S, S) = 0.9
        assertThat(Recall.at(null, morning, W)).isZero();
        assertThat(Recall.at(Memory.fresh(last), morning, W)).isZero();
    }

    @Test
    void readinessAndExpectedScoreOverallByTopicAndBySubject() {
        Instant morning = DAY.startOf(EXAM);
        Card a = Cards.mcq("a", Topic.CAUSE, 3);          // studied, 4-choice
        Card b = Cards.ox("b", Topic.CAUSE, 4);           // studied, O/X
        Card c = Cards.shortAnswer("c", Topic.REMEDY, 3); // studied, typed
        Card d = Cards.flash("d", Topic.REMEDY, 4);       // studied flashcard: readiness only
        Card e = Cards.mcq("e", Topic.REMEDY, 4);         // never studied: recall 0, guess 0.25
        Map<String, Memory> mem = Map.of(
                "a", review(20, morning.minusSeconds(86_400L * 5)),
                "b", review(3, morning.minusSeconds(86_400L * 12)),
                "c", review(50, morning.minusSeconds(86_400L * 2 + 3_600)),
                "d", review(1.5, morning.minusSeconds(86_400L)));
        double ra = closedForm(5, 20);
        double rb = closedForm(12, 3);
        double rc = closedForm(2 + 1 / 24.0, 50);
        double rd = closedForm(1, 1.5);
        double sa = ra + (1 - ra) * 0.25;
        double sb = rb + (1 - rb) * 0.5;
        double sc = rc;
        double se = 0.25;

        Readiness.Forecast f = Readiness.forecast(List.of(a, b, c, d, e), mem, EXAM, LocalDate.of(2026, 12, 1), DAY, W);

        assertThat(f.daysLeft()).isEqualTo(20);
        assertThat(f.overall().readiness()).isCloseTo((ra + rb + rc + rd + 0) / 5, within(1e-9));
        assertThat(f.overall().expectedScore()).isCloseTo((sa + sb + sc + se) / 4, within(1e-9));
        assertThat(f.byTopic().get(Topic.CAUSE).readiness()).isCloseTo((ra + rb) / 2, within(1e-9));
        assertThat(f.byTopic().get(Topic.CAUSE).expectedScore()).isCloseTo((sa + sb) / 2, within(1e-9));
        assertThat(f.byTopic().get(Topic.REMEDY).readiness()).isCloseTo((rc + rd) / 3, within(1e-9));
        assertThat(f.byTopic().get(Topic.REMEDY).expectedScore()).isCloseTo((sc + se) / 2, within(1e-9));
        assertThat(f.bySubject().get(3).readiness()).isCloseTo((ra + rc) / 2, within(1e-9));
        assertThat(f.bySubject().get(4).expectedScore()).isCloseTo((sb + se) / 2, within(1e-9));
        assertThat(f.bySubject().get(4).readiness()).isCloseTo((rb + rd) / 3, within(1e-9));
        assertThat(f.recall().get("e")).isZero();
    }
}
