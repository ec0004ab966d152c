package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ts-fsrs 5.4.2 step rule (spec §1.5). */
class LearningStepsTest {

    private final SchedulerConfig cfg = SchedulerConfig.defaults(ZoneOffset.UTC);

    private Optional<LearningSteps.Step> next(SchedulerConfig c, CardState s, int step, Rating g) {
        return LearningSteps.next(c, s, step, g);
    }

    @Test
    void newCardWithDefaultSteps() {
        assertThat(next(cfg, CardState.NEW, 0, Rating.AGAIN)).contains(new LearningSteps.Step(1, 0));
        assertThat(next(cfg, CardState.NEW, 0, Rating.HARD)).contains(new LearningSteps.Step(6, 0));
        assertThat(next(cfg, CardState.NEW, 0, Rating.GOOD)).contains(new LearningSteps.Step(10, 1));
        assertThat(next(cfg, CardState.NEW, 0, Rating.EASY)).isEmpty();
    }

    /** ts-fsrs applies the Hard rule (L0 + L1)/2 at every step; Good on the last step graduates. */
    @Test
    void lastLearningStep() {
        assertThat(next(cfg, CardState.LEARNING, 1, Rating.HARD)).contains(new LearningSteps.Step(6, 1));
        assertThat(next(cfg, CardState.LEARNING, 1, Rating.GOOD)).isEmpty();
        assertThat(next(cfg, CardState.LEARNING, 1, Rating.AGAIN)).contains(new LearningSteps.Step(1, 0));
    }

    /** One relearning step of 10 min: Hard is 1.5 × 10 = 15 min; a Review card's Again relearns. */
    @Test
    void relearningWithOneStep() {
        assertThat(next(cfg, CardState.REVIEW, 0, Rating.AGAIN)).contains(new LearningSteps.Step(10, 0));
        assertThat(next(cfg, CardState.REVIEW, 0, Rating.GOOD)).isEmpty();
        assertThat(next(cfg, CardState.RELEARNING, 0, Rating.HARD)).contains(new LearningSteps.Step(15, 0));
        assertThat(next(cfg, CardState.RELEARNING, 0, Rating.GOOD)).isEmpty();
    }

    @Test
    void noStepsOrAStepPastTheListGraduates() {
        SchedulerConfig none = cfg.withSteps(List.of(), List.of());
        for (Rating g : Rating.values()) assertThat(next(none, CardState.NEW, 0, g)).isEmpty();
        assertThat(next(cfg, CardState.LEARNING, 5, Rating.AGAIN)).isEmpty();
    }

    @Test
    void stepsMustBeWholePositiveMinutes() {
        assertThatThrownBy(
                () -> cfg.withSteps(List.of(Duration.ofSeconds(90)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> cfg.withSteps(List.of(Duration.ZERO), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
