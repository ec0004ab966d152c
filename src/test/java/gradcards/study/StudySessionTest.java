package gradcards.study;

import gradcards.srs.StudyDay;
import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Cloze;
import gradcards.content.MultipleChoice;
import gradcards.content.ShortAnswer;
import gradcards.content.TrueFalse;
import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.grade.Verdict;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session state machine over the mini deck, with an in-memory sink standing in for the database. */
class StudySessionTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    final MemorySink sink = new MemorySink();
    final Map<String, Memory> memories = new HashMap<>();
    StudySession session;

    @BeforeEach
    void setUp() {
        var content = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content();
        StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
        StudyQueue q = QueueBuilder.build(content.cards(), memories, NOW, day, new QueueBuilder.Limits(20, 200));
        Synonyms syn = Synonyms.load(new ByteArrayInputStream(content.synonymsJson().getBytes(StandardCharsets.UTF_8)));
        session = new StudySession(content.byId(), memories, q,
                new AnswerPath(new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false)), sink,
                        SchedulePolicy.SCHEDULE),
                new Checker(new Grader(false), syn), 1);
        session.start(NOW);
    }

    @Test
    void theOverviewCapsDueReviewsByTheDailyLimitButNotLearningCards() {
        var content = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content();
        Map<String, Memory> m = new HashMap<>();
        Instant earlier = NOW.minus(java.time.Duration.ofDays(3));
        m.put("mini-fc-01", new Memory(CardState.REVIEW, 0, 3, 5, NOW.minusSeconds(60), earlier, 2, 0));
        m.put("mini-mcq-01", new Memory(CardState.REVIEW, 0, 3, 5, NOW.minusSeconds(60), earlier, 2, 0));
        m.put("mini-ox-01", new Memory(CardState.LEARNING, 1, 2, 5, NOW.minusSeconds(30), NOW.minusSeconds(600), 1, 0));
        StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
        var counts = QueueBuilder.counts(content.cards(), m, NOW, day, new QueueBuilder.Limits(20, 1));
        assertThat(counts.dueNow()).isEqualTo(2); // one review (the limit) + the learning card
        assertThat(counts.newAvailable()).isEqualTo(2);
        StudyQueue q = QueueBuilder.build(content.cards(), m, NOW, day, new QueueBuilder.Limits(20, 1));
        assertThat(q.reviewCount() + q.learningCount()).isEqualTo(counts.dueNow());
    }

    @Test
    void newCardsComeInDeckOrderAndEachAnswerIsSavedWhenRated() {
        assertThat(session.current().card().id()).isEqualTo("mini-fc-01");
        session.answer("", NOW, 1);
        assertThat(sink.cardIds()).isEmpty();
        assertThat(session.rate(Rating.GOOD, NOW, 100)).isTrue();
        assertThat(sink.cardIds()).containsExactly("mini-fc-01");
        assertThat(memories.get("mini-fc-01").state()).isEqualTo(CardState.LEARNING);
        assertThat(session.current().card().id()).isEqualTo("mini-mcq-01");
    }

    @Test
    void aWrongAnswerAllowsOnlyAgainAndAnInvalidOneAsksAgain() {
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1);
        assertThat(session.answer("7", NOW, 1).verdict()).isEqualTo(Verdict.INVALID);
        assertThat(session.phase()).isEqualTo(StudySession.Phase.QUESTION);
        int wrong = session.current().displayedKey() % 4 + 1;
        Outcome o = session.answer(String.valueOf(wrong), NOW, 1);
        assertThat(o.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(session.rate(Rating.GOOD, NOW, 1)).isFalse();
        assertThat(session.rate(Rating.AGAIN, NOW, 1)).isTrue();
    }

    @Test
    void undoRestoresTheMemoryAndShowsTheCardAgain() {
        session.answer("", NOW, 1);
        session.rate(Rating.EASY, NOW, 1);
        assertThat(memories.get("mini-fc-01").state()).isEqualTo(CardState.REVIEW);
        assertThat(session.undo()).isEqualTo(StudySession.UndoResult.DONE);
        assertThat(sink.cardIds()).isEmpty();
        assertThat(memories.get("mini-fc-01").isNew()).isTrue();
        assertThat(session.current().card().id()).isEqualTo("mini-fc-01");
        assertThat(session.stats().answers()).isZero();
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1);
        assertThat(session.current().card().id()).isEqualTo("mini-mcq-01");
        assertThat(session.undo()).isEqualTo(StudySession.UndoResult.DONE);
        assertThat(session.undo()).isEqualTo(StudySession.UndoResult.NOTHING);
    }

    @Test
    void learningCardsComeBackWithinTheSessionUntilTheyGraduate() {
        int answers = 0;
        while (session.phase() != StudySession.Phase.DONE && answers < 100) {
            Card c = session.current().card();
            String in = c instanceof MultipleChoice ? String.valueOf(session.current().displayedKey())
                    : c instanceof TrueFalse ? "O" : c instanceof ShortAnswer ? "relu" : c instanceof Cloze ? "1/4" : "";
            assertThat(session.answer(in, NOW, 1).correct()).as(c.id()).isTrue();
            session.rate(Rating.GOOD, NOW, 1);
            answers++;
        }
        assertThat(answers).isEqualTo(10); // 5 new cards × (1m step → 10m step → graduate) = 2 Good each
        assertThat(memories.values()).allMatch(m -> m.state() == CardState.REVIEW);
    }

    /** Progress counts cards: a card in its learning steps is still left, a graduated one is done, undo takes it back. */
    @Test
    void cardsDoneCountsCardsThatWillNotComeBackToday() {
        assertThat(session.cardsDone()).isZero();
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1); // the flashcard goes to its 10-minute step: not done
        assertThat(session.cardsDone()).isZero();
        int answers = 1;
        while (session.phase() != StudySession.Phase.DONE && answers < 100) {
            Card c = session.current().card();
            String in = c instanceof MultipleChoice ? String.valueOf(session.current().displayedKey())
                    : c instanceof TrueFalse ? "O" : c instanceof ShortAnswer ? "relu" : c instanceof Cloze ? "1/4" : "";
            session.answer(in, NOW, 1);
            session.rate(Rating.EASY, NOW, 1);
            answers++;
            int left = session.queue().newCount() + session.queue().learningCount() + (session.current() == null ? 0 : 1);
            assertThat(session.cardsDone() + left).as("done + left stays the day's 5 cards").isEqualTo(5);
        }
        assertThat(session.cardsDone()).isEqualTo(5);
        session.undo();
        assertThat(session.cardsDone()).isEqualTo(4);
    }

    /** Issue 12, Why-4: a graded answer is saved when graded, before any rating; quitting keeps it. */
    @Test
    void anAutoGradedAnswerIsSavedWhenGradedAndQuittingKeepsIt() {
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1);
        int wrong = session.current().displayedKey() % 4 + 1;
        session.answer(String.valueOf(wrong), NOW, 1);
        assertThat(sink.cardIds()).containsExactly("mini-fc-01", "mini-mcq-01");
        assertThat(sink.log.get(1).review().rating()).isEqualTo(Rating.AGAIN);
        session.quit();
        assertThat(sink.cardIds()).containsExactly("mini-fc-01", "mini-mcq-01");
        assertThat(session.stats().answers()).isEqualTo(2);
    }

    @Test
    void anotherRatingReplacesTheGradedAnswerAndAnUnratedFlashcardIsNoAnswer() {
        session.answer("", NOW, 1);
        assertThat(sink.log).as("a revealed flashcard is not an answer").isEmpty();
        session.rate(Rating.GOOD, NOW, 1);
        session.answer(String.valueOf(session.current().displayedKey()), NOW, 1);
        assertThat(sink.log.get(1).review().rating()).isEqualTo(Rating.GOOD);
        session.rate(Rating.EASY, NOW, 1);
        assertThat(sink.cardIds()).containsExactly("mini-fc-01", "mini-mcq-01");
        assertThat(sink.log.get(1).review().rating()).isEqualTo(Rating.EASY);
        assertThat(sink.memories.get("mini-mcq-01")).isEqualTo(sink.log.get(1).review().after());
    }

    @Test
    void undoRightAfterGradingTakesThatAnswerBack() {
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1);
        session.answer(String.valueOf(session.current().displayedKey()), NOW, 1);
        assertThat(session.undo()).isEqualTo(StudySession.UndoResult.DONE);
        assertThat(sink.cardIds()).containsExactly("mini-fc-01");
        assertThat(sink.memories).doesNotContainKey("mini-mcq-01");
        assertThat(session.phase()).isEqualTo(StudySession.Phase.QUESTION);
        assertThat(session.current().card().id()).isEqualTo("mini-mcq-01");
    }

    /** Issue 12, Why-3: an answer is computed from the memory as stored, not as the session read it at its start. */
    @Test
    void aCardAnsweredElsewhereSinceShownIsGradedFromItsStoredMemoryAndSaysSo() {
        Scheduler other = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false));
        Review elsewhere = other.review("mini-fc-01", Memory.fresh(NOW), Rating.EASY, NOW);
        sink.memories.put("mini-fc-01", elsewhere.after()); // another session answered it meanwhile
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW.plusSeconds(5), 1);
        Review mine = sink.log.get(0).review();
        assertThat(mine.before()).isEqualTo(elsewhere.after());
        assertThat(mine.after()).isEqualTo(other.review("mini-fc-01", elsewhere.after(), Rating.GOOD, NOW.plusSeconds(5)).after());
        assertThat(session.takeNotice()).isPresent();
    }

    @Test
    void theDailyNewCardLimitCountsWhatIsStoredNotWhatTheSessionPlanned() {
        sink.newLimit = 1;
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1); // the first new card of the day: the limit is now reached
        assertThat(session.current().card().id()).as("only the learning card comes back, no second new card")
                .isEqualTo("mini-fc-01");
        assertThat(session.queue().newCount()).isZero();
    }

    @Test
    void undoOfACardAnsweredElsewhereSinceIsRefusedAndChangesNothing() {
        session.answer("", NOW, 1);
        session.rate(Rating.GOOD, NOW, 1);
        Memory mine = sink.memories.get("mini-fc-01");
        Review elsewhere = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false))
                .review("mini-fc-01", mine, Rating.AGAIN, NOW.plusSeconds(60));
        sink.save("mini-fc-01", m -> elsewhere, 1);
        assertThat(session.undo()).isEqualTo(StudySession.UndoResult.REFUSED);
        assertThat(session.takeNotice()).isPresent();
        assertThat(sink.cardIds()).containsExactly("mini-fc-01", "mini-fc-01");
        assertThat(sink.memories.get("mini-fc-01")).isEqualTo(elsewhere.after());
    }
}
