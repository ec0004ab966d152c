package gradcards.study;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Cloze;
import gradcards.content.MultipleChoice;
import gradcards.content.ShortAnswer;
import gradcards.content.TrueFalse;
import gradcards.content.Card;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.ReviewEvent;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.srs.StudyDay;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 12, point 2: two sessions on one store, their answers, re-ratings and undos interleaved in any order, leave
 * every card's memory equal to a replay of the merged log; no card is introduced twice and the new-card limit holds.
 */
class InterleavedSessionsProperties {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Content CONTENT =
            ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content();
    private static final Synonyms SYNONYMS =
            Synonyms.load(new ByteArrayInputStream(CONTENT.synonymsJson().getBytes(StandardCharsets.UTF_8)));

    /** One step: which session acts, and a choice (right or wrong answer, a rating, or undo). */
    record Step(int session, int choice) {
    }

    @Property(tries = 300)
    void anyInterleavingEqualsTheReplayOfTheMergedLog(@ForAll("steps") List<Step> steps,
                                                      @ForAll @IntRange(min = 1, max = 6) int newLimit,
                                                      @ForAll boolean fuzz) {
        Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(fuzz));
        MemorySink store = new MemorySink();
        store.newLimit = newLimit;
        StudySession[] sessions = {session(scheduler, store, newLimit), session(scheduler, store, newLimit)};
        Instant now = T0;
        for (Step step : steps) {
            now = now.plusSeconds(20);
            act(sessions[step.session()], step.choice(), now);
        }
        Map<String, List<MemorySink.Row>> byCard = store.log.stream()
                .collect(Collectors.groupingBy(MemorySink.Row::cardId));
        assertThat(store.memories.keySet()).isEqualTo(byCard.keySet());
        byCard.forEach((id, rows) -> {
            List<ReviewEvent> events = rows.stream()
                    .map(r -> new ReviewEvent(r.review().rating(), r.review().reviewedAt())).toList();
            assertThat(store.memories.get(id)).as(id).isEqualTo(scheduler.replay(id, events));
            assertThat(rows.stream().filter(r -> r.review().before().isNew()).count()).as("%s introduced once", id)
                    .isEqualTo(1);
        });
        assertThat(byCard).hasSizeLessThanOrEqualTo(newLimit);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 9)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    private static StudySession session(Scheduler scheduler, MemorySink store, int newLimit) {
        Map<String, Memory> memories = new HashMap<>(store.memories);
        StudyQueue q = QueueBuilder.build(CONTENT.cards(), memories, T0, new StudyDay(ZoneOffset.UTC, 4),
                new QueueBuilder.Limits(newLimit, 200));
        StudySession s = new StudySession(CONTENT.byId(), memories, q,
                new AnswerPath(scheduler, store, SchedulePolicy.SCHEDULE), new Checker(new Grader(false), SYNONYMS), 7);
        s.start(T0);
        return s;
    }

    /** choice 0-1: wrong answer, 2-5: right answer (in QUESTION), 6-8: a rating (in ANSWER), 9: undo. */
    private static void act(StudySession s, int choice, Instant now) {
        if (s.phase() == StudySession.Phase.DONE) return;
        if (choice == 9) {
            s.undo();
            return;
        }
        if (s.phase() == StudySession.Phase.QUESTION) {
            s.answer(input(s.current(), choice >= 2), now, 1000);
        } else {
            Rating r = s.outcome().onlyAgain() ? Rating.AGAIN : Rating.of(1 + choice % 4);
            s.rate(r, now, 1000);
        }
        s.takeNotice();
    }

    private static String input(Presentation p, boolean right) {
        Card c = p.card();
        if (c instanceof MultipleChoice) return String.valueOf(right ? p.displayedKey() : p.displayedKey() % 4 + 1);
        if (c instanceof TrueFalse tf) return tf.truth() == right ? "O" : "X";
        if (c instanceof ShortAnswer) return right ? "relu" : "sigmoid";
        if (c instanceof Cloze) return right ? "1/4" : "7";
        return "";
    }
}
