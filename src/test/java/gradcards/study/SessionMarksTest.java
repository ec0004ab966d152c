package gradcards.study;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.config.LeechRule;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.srs.StudyDay;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suspend, bury, flag and leeches in the session state machine, with in-memory stores standing in for the database. */
class SessionMarksTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final StudyDay DAY = new StudyDay(ZoneOffset.UTC, 4);
    final Content content = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content();
    final MemorySink sink = new MemorySink();
    final Map<String, Memory> memories = new HashMap<>();
    final MarkStore marks = MarkStore.inMemory();

    StudySession start(LeechRule rule) {
        StudyQueue q = QueueBuilder.build(content.cards(), memories, NOW, DAY, new QueueBuilder.Limits(20, 200));
        Synonyms syn = Synonyms.load(new ByteArrayInputStream(content.synonymsJson().getBytes(StandardCharsets.UTF_8)));
        sink.memories.putAll(memories); // the store holds what the session read at its start
        StudySession s = new StudySession(content.byId(), memories, q,
                new AnswerPath(new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false)), sink,
                        SchedulePolicy.SCHEDULE), new Checker(new Grader(false), syn), 1).withMarks(marks, rule, DAY);
        s.start(NOW);
        return s;
    }

    @Test
    void suspendHidesTheCardAtOnceAndUndoBringsItBack() {
        StudySession s = start(new LeechRule(8, false));
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
        s.mark(StudySession.MarkAction.SUSPEND, NOW);
        assertThat(marks.of("mini-fc-01").suspended()).isTrue();
        assertThat(s.current().card().id()).isEqualTo("mini-mcq-01");
        assertThat(s.lastUndoIsMark()).isTrue();
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.DONE);
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE);
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
        assertThat(s.phase()).isEqualTo(StudySession.Phase.QUESTION);
        s.answer("", NOW, 1);
        s.rate(Rating.GOOD, NOW, 1);
        assertThat(s.current().card().id()).as("the card skipped over comes next").isEqualTo("mini-mcq-01");
        assertThat(sink.cardIds()).containsExactly("mini-fc-01");
    }

    @Test
    void buryHidesTheCardUntilTheNextStudyDayAndUndoTakesItBack() {
        StudySession s = start(new LeechRule(8, false));
        s.mark(StudySession.MarkAction.BURY, NOW);
        Marks m = marks.of("mini-fc-01");
        assertThat(m.buriedUntil()).isEqualTo(Instant.parse("2026-12-02T04:00:00Z"));
        assertThat(m.hiddenAt(NOW.plus(Duration.ofHours(18)))).isTrue();
        assertThat(m.hiddenAt(Instant.parse("2026-12-02T04:00:00Z"))).isFalse();
        assertThat(s.current().card().id()).isEqualTo("mini-mcq-01");
        s.undo();
        assertThat(marks.of("mini-fc-01").buriedUntil()).isNull();
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
    }

    @Test
    void flagTogglesStaysOnTheCardInItsPhaseAndUndoInOrderWithAnswers() {
        StudySession s = start(new LeechRule(8, false));
        s.answer("", NOW, 1);
        assertThat(s.phase()).isEqualTo(StudySession.Phase.ANSWER);
        assertThat(s.mark(StudySession.MarkAction.FLAG, NOW).flagged()).isTrue();
        assertThat(s.phase()).isEqualTo(StudySession.Phase.ANSWER);
        assertThat(s.currentMarks().flagged()).isTrue();
        s.rate(Rating.GOOD, NOW, 1);
        assertThat(s.current().card().id()).isEqualTo("mini-mcq-01");
        s.undo(); // the answer first
        assertThat(sink.cardIds()).isEmpty();
        assertThat(marks.of("mini-fc-01").flagged()).isTrue();
        s.undo(); // then the flag
        assertThat(marks.of("mini-fc-01").flagged()).isFalse();
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
        s.mark(StudySession.MarkAction.FLAG, NOW);
        s.mark(StudySession.MarkAction.FLAG, NOW);
        assertThat(marks.of("mini-fc-01").flagged()).as("flag twice = unflag").isFalse();
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.DONE);
        assertThat(marks.of("mini-fc-01").flagged()).isTrue();
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.DONE);
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.NOTHING);
    }

    @Test
    void aLapseThatReachesTheThresholdTagsTheCardOnceAndUndoRemovesTheTag() {
        memories.put("mini-fc-01", reviewDue(2));
        StudySession s = start(new LeechRule(3, false));
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
        s.answer("", NOW, 1);
        s.rate(Rating.AGAIN, NOW, 1);
        assertThat(memories.get("mini-fc-01").lapses()).isEqualTo(3);
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE.withLeech(true));
        assertThat(s.takeLeechNotice()).get().isEqualTo(new StudySession.Leech(content.byId().get("mini-fc-01"), 3, false));
        assertThat(s.takeLeechNotice()).as("said once").isEmpty();
        assertThat(s.queue().learningCount()).as("a tagged leech stays in relearning").isEqualTo(1);
        s.undo();
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE);
        assertThat(memories.get("mini-fc-01").lapses()).isEqualTo(2);
    }

    @Test
    void withLeechActionSuspendTheLeechLeavesTheSessionAndUndoUnsuspendsIt() {
        memories.put("mini-fc-01", reviewDue(1));
        StudySession s = start(new LeechRule(2, true));
        s.answer("", NOW, 1);
        s.rate(Rating.AGAIN, NOW, 1);
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE.withLeech(true).withSuspended(true));
        assertThat(s.queue().learningCount()).as("a suspended leech is not requeued").isZero();
        s.undo();
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE);
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
    }

    @Test
    void belowTheThresholdOrWithLeechesOffNothingHappens() {
        memories.put("mini-fc-01", reviewDue(5));
        StudySession s = start(new LeechRule(0, true));
        s.answer("", NOW, 1);
        s.rate(Rating.AGAIN, NOW, 1);
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE);
        assertThat(s.takeLeechNotice()).isEmpty();
    }

    @Test
    void suspendingAGradedCardKeepsItsAnswerAndUndoTakesBackMarkThenAnswerInOrder() {
        StudySession s = start(new LeechRule(8, false));
        s.mark(StudySession.MarkAction.BURY, NOW);
        assertThat(s.current().card().id()).isEqualTo("mini-mcq-01");
        s.answer("1", NOW, 1); // graded: saved at once (issue 12)
        assertThat(s.phase()).isEqualTo(StudySession.Phase.ANSWER);
        s.mark(StudySession.MarkAction.SUSPEND, NOW);
        assertThat(sink.cardIds()).as("the graded answer stays saved").containsExactly("mini-mcq-01");
        assertThat(s.stats().answers()).as("and counts").isEqualTo(1);
        assertThat(s.current().card().id()).isNotEqualTo("mini-mcq-01");
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.DONE); // the suspend
        assertThat(marks.of("mini-mcq-01").suspended()).isFalse();
        assertThat(sink.cardIds()).containsExactly("mini-mcq-01");
        assertThat(s.current().card().id()).isEqualTo("mini-mcq-01");
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.DONE); // the answer
        assertThat(sink.cardIds()).isEmpty();
        assertThat(s.current().card().id()).isEqualTo("mini-mcq-01");
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.DONE); // the bury
        assertThat(marks.of("mini-fc-01")).isEqualTo(Marks.NONE);
        assertThat(s.current().card().id()).isEqualTo("mini-fc-01");
        assertThat(s.undo()).isEqualTo(StudySession.UndoResult.NOTHING);
        s.answer("", NOW, 1);
        s.rate(Rating.GOOD, NOW, 1);
        assertThat(s.current().card().id()).as("mcq-01 is queued once, next").isEqualTo("mini-mcq-01");
    }

    private static Memory reviewDue(int lapses) {
        return new Memory(CardState.REVIEW, 0, 5, 6, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(5)), 6, lapses);
    }
}
