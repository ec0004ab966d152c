package gradcards.study;

import gradcards.srs.StudyDay;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session state machine over the mini deck, with an in-memory sink standing in for the database. */
class StudySessionTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    final List<String> saved = new ArrayList<>();
    final Map<String, Memory> memories = new HashMap<>();
    StudySession session;

    @BeforeEach
    void setUp() {
        var content = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content();
        StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
        StudyQueue q = QueueBuilder.build(content.cards(), memories, NOW, day, new QueueBuilder.Limits(20, 200));
        Synonyms syn = Synonyms.load(new ByteArrayInputStream(content.synonymsJson().getBytes(StandardCharsets.UTF_8)));
        ReviewSink sink = new ReviewSink() {
            long next = 1;

            @Override
            public long save(String cardId, Review review, long durationMs) {
                saved.add(cardId);
                return next++;
            }

            @Override
            public void undo(long reviewId, String cardId, Memory previous) {
                saved.remove(saved.size() - 1);
            }
        };
        session = new StudySession(content.byId(), memories, q,
                new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false)),
                new Checker(new Grader(false), syn), sink, 1);
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
        session.answer("");
        assertThat(saved).isEmpty();
        assertThat(session.rate(Rating.GOOD, NOW, 100)).isTrue();
        assertThat(saved).containsExactly("mini-fc-01");
        assertThat(memories.get("mini-fc-01").state()).isEqualTo(CardState.LEARNING);
        assertThat(session.current().card().id()).isEqualTo("mini-mcq-01");
    }

    @Test
    void aWrongAnswerAllowsOnlyAgainAndAnInvalidOneAsksAgain() {
        session.answer("");
        session.rate(Rating.GOOD, NOW, 1);
        assertThat(session.answer("7").verdict()).isEqualTo(Verdict.INVALID);
        assertThat(session.phase()).isEqualTo(StudySession.Phase.QUESTION);
        int wrong = session.current().displayedKey() % 4 + 1;
        Outcome o = session.answer(String.valueOf(wrong));
        assertThat(o.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(session.rate(Rating.GOOD, NOW, 1)).isFalse();
        assertThat(session.rate(Rating.AGAIN, NOW, 1)).isTrue();
    }

    @Test
    void undoRestoresTheMemoryAndShowsTheCardAgain() {
        session.answer("");
        session.rate(Rating.EASY, NOW, 1);
        assertThat(memories.get("mini-fc-01").state()).isEqualTo(CardState.REVIEW);
        assertThat(session.undo()).isTrue();
        assertThat(saved).isEmpty();
        assertThat(memories.get("mini-fc-01").isNew()).isTrue();
        assertThat(session.current().card().id()).isEqualTo("mini-fc-01");
        assertThat(session.stats().answers()).isZero();
        session.answer("");
        session.rate(Rating.GOOD, NOW, 1);
        assertThat(session.current().card().id()).isEqualTo("mini-mcq-01");
        assertThat(session.undo()).isTrue();
        assertThat(session.undo()).isFalse();
    }

    @Test
    void learningCardsComeBackWithinTheSessionUntilTheyGraduate() {
        int answers = 0;
        while (session.phase() != StudySession.Phase.DONE && answers < 100) {
            Card c = session.current().card();
            String in = c instanceof Card.MultipleChoice ? String.valueOf(session.current().displayedKey())
                    : c instanceof Card.TrueFalse ? "O" : c instanceof Card.ShortAnswer ? "relu" : c instanceof Card.Cloze ? "1/4" : "";
            assertThat(session.answer(in).correct()).as(c.id()).isTrue();
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
        session.answer("");
        session.rate(Rating.GOOD, NOW, 1); // the flashcard goes to its 10-minute step: not done
        assertThat(session.cardsDone()).isZero();
        int answers = 1;
        while (session.phase() != StudySession.Phase.DONE && answers < 100) {
            Card c = session.current().card();
            String in = c instanceof Card.MultipleChoice ? String.valueOf(session.current().displayedKey())
                    : c instanceof Card.TrueFalse ? "O" : c instanceof Card.ShortAnswer ? "relu" : c instanceof Card.Cloze ? "1/4" : "";
            session.answer(in);
            session.rate(Rating.EASY, NOW, 1);
            answers++;
            int left = session.queue().newCount() + session.queue().learningCount() + (session.current() == null ? 0 : 1);
            assertThat(session.cardsDone() + left).as("done + left stays the day's 5 cards").isEqualTo(5);
        }
        assertThat(session.cardsDone()).isEqualTo(5);
        session.undo();
        assertThat(session.cardsDone()).isEqualTo(4);
    }
}
