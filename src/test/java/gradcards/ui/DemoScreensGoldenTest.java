package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.demos.Demo;
import gradcards.demos.DemoCatalog;
import gradcards.demos.Progress;
import gradcards.demos.TrainerBackend;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.i18n.Lang;
import gradcards.render.Cells;
import gradcards.render.DemoView;
import gradcards.render.Style;
import gradcards.srs.Memory;
import gradcards.srs.Review;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.srs.StudyDay;
import gradcards.study.AnswerPath;
import gradcards.study.Checker;
import gradcards.study.QueueBuilder;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo screens at 80×24 in Korean and English, as a terminal shows them, compared with golden files: the screens of
 * `demo run D01`, `D02` and `D14` (seed 0 measured now beside the committed medians) and the `d` demo view inside a
 * study session. The trainer is deterministic by seed; only the measured run time is masked.
 */
class DemoScreensGoldenTest {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest
    @EnumSource(Lang.class)
    void demoRunScreens(Lang lang) {
        StringBuilder all = new StringBuilder();
        for (String id : List.of("D01", "D02", "D14")) {
            Demo demo = DemoCatalog.byId(id).orElseThrow();
            List<String> screen = DemoView.renderMeasured(demo.run(0, Progress.NONE), demo,
                    ContentLoader.bundledMeasurements(), lang, COLUMNS, new Style(true));
            ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of(""), lang);
            console.show(screen);
            console.read(Console.Input.KEY, "$");
            assertFits(console);
            all.append(masked(console.transcript()));
        }
        Golden.check("demo-run-" + lang.code() + ".txt", all.toString());
    }

    /** In a session, `d` after the answer of a card with a demo shows the demo screen; Enter goes back to the card. */
    @ParameterizedTest
    @EnumSource(Lang.class)
    void demoViewInASession(Lang lang) {
        Content deck = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/long")).content();
        Map<String, Memory> memories = new HashMap<>();
        StudyQueue queue = QueueBuilder.build(deck.cards(), memories, NOW, new StudyDay(ZoneOffset.UTC, 4),
                new QueueBuilder.Limits(20, 200));
        Checker checker = new Checker(new Grader(false), Synonyms.load(new ByteArrayInputStream(
                deck.synonymsJson().getBytes(StandardCharsets.UTF_8))));
        AnswerPath path = new AnswerPath(new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false)),
                sink(), SchedulePolicy.SCHEDULE);
        StudySession session = new StudySession(deck.byId(), memories, queue, path, checker, 7);
        ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of("3", "d", "", "q"), lang);
        new StudyLoop(session, console, Clock.fixed(NOW, ZoneOffset.UTC), lang, new Style(true),
                DemoLines.provider(new TrainerBackend(), lang, new Style(true))).run();
        assertFits(console);
        List<ScriptedConsole.Frame> demoFrames = console.frames().stream()
                .filter(f -> f.rows().get(0).startsWith(" D02 · ")).toList();
        assertThat(demoFrames).as(console.transcript()).hasSize(1);
        List<String> rows = demoFrames.get(0).rows();
        // the verdict and the footer are on screen, above the keys line
        assertThat(String.join("\n", rows)).contains(lang.t("지금 실행", "run now"));
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(r).append('\n'));
        Golden.check("demo-view-" + lang.code() + ".txt", masked(b.toString()));
    }

    /** Answers kept in memory (review ids count up). */
    private static ReviewSink sink() {
        Map<String, Memory> stored = new HashMap<>();
        long[] next = {1};
        return new ReviewSink() {
            @Override
            public Optional<Saved> save(String cardId, Function<Optional<Memory>, Review> compute, long durationMs) {
                Review r = compute.apply(Optional.ofNullable(stored.get(cardId)));
                stored.put(cardId, r.after());
                return Optional.of(new Saved(next[0]++, r));
            }

            @Override
            public Optional<Saved> replace(long reviewId, String cardId, Memory previous,
                                           Function<Memory, Review> compute, long durationMs) {
                return save(cardId, m -> compute.apply(previous), durationMs);
            }

            @Override
            public boolean undo(long reviewId, String cardId, Memory previous) {
                return false;
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
    }

    /** The measured trainer time is the one thing that changes from run to run. */
    private static String masked(String transcript) {
        return transcript.replaceAll("\\d+(\\.\\d+)? (ms|s)\\b", "<time>");
    }

    private static void assertFits(ScriptedConsole console) {
        assertThat(console.frames()).isNotEmpty();
        for (ScriptedConsole.Frame f : console.frames()) {
            assertThat(f.rows()).hasSizeLessThanOrEqualTo(ROWS);
            for (String row : f.rows()) assertThat(Cells.width(row)).as(row).isLessThan(COLUMNS);
        }
    }
}
