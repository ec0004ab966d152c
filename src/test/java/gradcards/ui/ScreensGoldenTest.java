package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.i18n.Lang;
import gradcards.render.Cells;
import gradcards.render.Style;
import gradcards.srs.Memory;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.srs.StudyDay;
import gradcards.study.Checker;
import gradcards.study.QueueBuilder;
import gradcards.study.Quiz;
import gradcards.study.AnswerPath;
import gradcards.study.ReviewSink;
import gradcards.study.SchedulePolicy;
import gradcards.study.StudyQueue;
import gradcards.study.StudySession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The study and quiz screens at 80×24 in Korean and English, frame by frame, over the mini deck (one card of each
 * type), compared with golden files (see {@link Golden} for how to regenerate them).
 */
class ScreensGoldenTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    /** A demo stands in for the trainer: the screens around it are under test, not the chart. */
    private static final BiFunction<String, Integer, List<String>> DEMO =
            (id, width) -> List.of(" demo " + id + " (stand-in chart, " + width + " columns)");

    private final Content content = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content();
    private final Map<String, Memory> memories = new HashMap<>();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void studyScreens(Lang lang) {
        StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
        StudyQueue queue = QueueBuilder.build(content.cards(), memories, NOW, day, new QueueBuilder.Limits(20, 200));
        StudySession session = new StudySession(content.byId(), memories, queue, path(), checker(), 7);
        // reveal the flashcard and rate it Easy (done for today); an invalid then a wrong choice; O/X; typed answers; undo, help, demo, quit
        // after the undo, the cloze again: Enter on an empty line, then ? for help, Enter back, and q from the empty line
        ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of("", "4", "7", "2", "", "O", "", "relu", "",
                "x, y", "", "u", "", "?", "", "", "q"), lang);
        new StudyLoop(session, console, Clock.fixed(NOW, ZoneOffset.UTC), lang, new Style(true), DEMO).run();
        assertFits(console);
        Golden.check("study-" + lang.code() + ".txt", console.transcript());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void quizScreens(Lang lang) {
        // O/X right, 4-choice, cloze wrong, short answer right; then the result and the wrong answers one by one
        Quiz quiz = new Quiz(Quiz.draw(content.cards(), 4, 3), memories, path(), checker());
        ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of("O", "1", "x, y", "relu", "", "", "q"), lang);
        new QuizLoop(quiz, console, Clock.fixed(NOW, ZoneOffset.UTC), lang, new Style(true), DEMO).run();
        assertFits(console);
        // the quiz times itself on the wall clock: its duration is the one thing masked
        String transcript = console.transcript().replaceAll("(\\d+분 )?\\d+초|(\\d+ min )?\\d+ s\\b", "<time>");
        Golden.check("quiz-" + lang.code() + ".txt", transcript);
    }

    /** A card longer than 80×24: its body scrolls by j/k, arrows and page keys; the footer rows never leave the screen. */
    @ParameterizedTest
    @EnumSource(Lang.class)
    void longCardScrolls(Lang lang) {
        Content longDeck = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/long")).content();
        StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
        StudyQueue queue = QueueBuilder.build(longDeck.cards(), memories, NOW, day, new QueueBuilder.Limits(20, 200));
        StudySession session = new StudySession(longDeck.byId(), memories, queue, path(), checker(), 7);
        ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of("j", Viewport.DOWN, Viewport.PAGE_DOWN,
                Viewport.PAGE_DOWN, "k", Viewport.PAGE_UP, "3", Viewport.PAGE_DOWN, Viewport.PAGE_DOWN, Viewport.UP, "d",
                "", "q"), lang);
        new StudyLoop(session, console, Clock.fixed(NOW, ZoneOffset.UTC), lang, new Style(true), DEMO).run();
        assertFits(console);
        for (ScriptedConsole.Frame f : console.frames()) {
            List<String> rows = f.rows();
            if (rows.get(0).contains("D02")) continue; // the demo screen
            // the keys line (the prompt) is always on screen, under the rule
            assertThat(String.join("\n", rows)).contains(lang.t("q 끝내기", "q quit"));
        }
        Golden.check("long-card-" + lang.code() + ".txt", console.transcript());
    }

    /**
     * The walk through a quiz's wrong answers with an item longer than 80×24: its question, verdict, answer and
     * explanation scroll by j/k, arrows and page keys while the rule and the keys stay at the bottom.
     */
    @ParameterizedTest
    @EnumSource(Lang.class)
    void quizReviewOfALongItemScrolls(Lang lang) {
        Content longDeck = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/long")).content();
        Quiz quiz = new Quiz(Quiz.draw(longDeck.cards(), 1, 3), memories, path(), checker());
        // a wrong choice (the key is never both 1 and 4), the result, then the review: down, page down, up, back to the
        // top, and Enter to finish
        int keyIndex = ((gradcards.content.MultipleChoice) quiz.current().card()).key() - 1;
        int key = quiz.current().order()[0] == keyIndex ? 2 : 1; // a shown position that is not the key
        ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of(Viewport.PAGE_DOWN, String.valueOf(key), "",
                "j", Viewport.PAGE_DOWN, Viewport.PAGE_DOWN, Viewport.UP, Viewport.PAGE_UP, Viewport.PAGE_UP, ""), lang);
        new QuizLoop(quiz, console, Clock.fixed(NOW, ZoneOffset.UTC), lang, new Style(true), DEMO).run();
        assertFits(console);
        List<ScriptedConsole.Frame> frames = console.frames();
        int result = 0;
        while (!String.join("\n", frames.get(result).rows()).contains(lang.t("틀린 문제 1개", "1 wrong answer"))) result++;
        List<ScriptedConsole.Frame> review = frames.subList(result + 1, frames.size());
        assertThat(review).hasSize(7);
        assertThat(review.get(0).rows().get(0)).contains(lang.t("틀린 문제 1/1", "Wrong 1/1"));
        for (ScriptedConsole.Frame f : review) {
            List<String> rows = f.rows();
            // the keys under the rule, and the prompt, on every frame, however far it is scrolled
            assertThat(rows.get(rows.size() - 2)).contains(lang.t("Enter 다음 · q 끝", "Enter next · q finish"));
            assertThat(rows.get(rows.size() - 3)).startsWith(" ───");
            assertThat(rows.get(rows.size() - 4)).contains(lang.t("더 있음", "more ("));
        }
        // the scroll moved the text: the first and the paged-down frames differ, the explanation comes into view
        assertThat(review.get(0).rows()).isNotEqualTo(review.get(2).rows());
        assertThat(String.join("\n", review.get(3).rows())).contains(lang.t("백만 분의 일", "one millionth"));
        String transcript = console.transcript().replaceAll("(\\d+분 )?\\d+초|(\\d+ min )?\\d+ s\\b", "<time>");
        Golden.check("quiz-review-long-" + lang.code() + ".txt", transcript);
    }

    private static void assertFits(ScriptedConsole console) {
        assertThat(console.frames()).isNotEmpty();
        for (ScriptedConsole.Frame f : console.frames()) {
            assertThat(f.rows()).hasSizeLessThanOrEqualTo(ROWS);
            for (String row : f.rows()) assertThat(Cells.width(row)).as(row).isLessThan(COLUMNS);
        }
    }

    private static Scheduler scheduler() {
        return new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false));
    }

    private Checker checker() {
        return new Checker(new Grader(false), Synonyms.load(new ByteArrayInputStream(
                content.synonymsJson().getBytes(StandardCharsets.UTF_8))));
    }

    /** The one answer path over an in-memory store (review ids count up; undo and re-rating of the latest answer). */
    private static AnswerPath path() {
        Map<String, Memory> stored = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        long[] next = {1};
        ReviewSink sink = new ReviewSink() {
            @Override
            public Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs) {
                Review r = compute.apply(Optional.ofNullable(stored.get(cardId)));
                stored.put(cardId, r.after());
                latest.put(cardId, next[0]);
                return Optional.of(new Saved(next[0]++, r));
            }

            @Override
            public Optional<Saved> replace(long reviewId, String cardId, Memory previous,
                                           Function<Memory, Review> compute, long durationMs) {
                if (!undo(reviewId, cardId, previous)) return Optional.empty();
                return save(cardId, m -> compute.apply(previous), durationMs);
            }

            @Override
            public boolean undo(long reviewId, String cardId, Memory previous) {
                if (!Long.valueOf(reviewId).equals(latest.get(cardId))) return false;
                latest.remove(cardId);
                if (previous.isNew()) stored.remove(cardId);
                else stored.put(cardId, previous);
                return true;
            }

            @Override
            public Optional<Memory> current(String cardId) {
                return Optional.ofNullable(stored.get(cardId));
            }

            @Override
            public boolean newCardAllowed() {
                return true;
            }
        };
        return new AnswerPath(scheduler(), sink, SchedulePolicy.SCHEDULE);
    }
}
