package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.exam.ExamDraw;
import gradcards.exam.MockExam;
import gradcards.i18n.Lang;
import gradcards.render.Cells;
import gradcards.render.StatsView;
import gradcards.render.Style;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import gradcards.study.AnswerCounts;
import gradcards.study.ReviewTally;
import gradcards.study.StudyStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mock exam (question, navigation, flag, jump, confirm, time-out, result, walk-through with a demo) and the stats
 * screen at 80×24 in Korean and English, compared with golden files (regenerate: -Dgolden.update=true).
 */
class ExamScreensGoldenTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    /** A script key that lets time pass: the clock jumps a minute and the console reports a tick. */
    private static final String WAIT = "<a minute passes>";
    private static final BiFunction<String, Integer, List<String>> DEMO =
            (id, width) -> List.of(" demo " + id + " (stand-in chart, " + width + " columns)");
    private static final List<Card> BANK = ContentLoader.bundled().content().cards();

    /** A clock the script moves. */
    private static final class StepClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The scripted console, with WAIT keys turned into a minute on the clock and a tick of the countdown. */
    private record Ticking(ScriptedConsole inner, StepClock clock) implements Console {
        @Override
        public boolean redraws() {
            return true;
        }

        @Override
        public int width() {
            return inner.width();
        }

        @Override
        public void show(List<String> lines) {
            inner.show(lines);
        }

        @Override
        public void show(List<String> lines, int footerLines) {
            inner.show(lines, footerLines);
        }

        @Override
        public String read(Input kind, String prompt) {
            return inner.read(kind, prompt);
        }

        @Override
        public String readKey(String prompt, long timeoutMs) {
            String k = inner.read(Input.KEY, prompt);
            if (!WAIT.equals(k)) return k;
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            return TICK;
        }

        @Override
        public void notice(String line) {
            inner.notice(line);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void examScreens(Lang lang) {
        // 3 questions, 3 minutes: answer 2, next, flag, previous, go to 3, answer 4, clear it, answer 1, next at the end,
        // a long question scrolled, submit asked and declined, then time runs out; the result, the walk-through with
        // its demo, back, and q
        MockExam exam = new MockExam(ExamDraw.draw(BANK, 3, 11), NOW, Duration.ofMinutes(3));
        StepClock clock = new StepClock();
        ScriptedConsole console = new ScriptedConsole(COLUMNS, ROWS, List.of("2", "n", "f", "p", "g", "3", "4", "x",
                "1", "n", Viewport.PAGE_DOWN, "s", "n", WAIT, WAIT, WAIT, "", "d", "", "", "p", "", "", "q"), lang);
        ExamLoop loop = new ExamLoop(exam, new Ticking(console, clock), clock, lang, new Style(true), DEMO);
        ExamLoop.Ending e = loop.sit();
        assertThat(e.timedOut()).isTrue();
        loop.review(e);
        assertFits(console);
        Golden.check("exam-" + lang.code() + ".txt", console.transcript());
    }

    /** A walk-through too long for 80×24 scrolls and keeps its keys line (here in a 12-row window). */
    @ParameterizedTest
    @EnumSource(Lang.class)
    void aLongWalkThroughScrollsWithItsFooterKept(Lang lang) {
        MockExam exam = new MockExam(ExamDraw.draw(BANK, 2, 4), NOW, Duration.ofMinutes(3));
        StepClock clock = new StepClock();
        ScriptedConsole console = new ScriptedConsole(COLUMNS, 12, List.of("1", "s", "y", "", Viewport.DOWN, "j",
                Viewport.PAGE_DOWN, "k", "q"), lang);
        ExamLoop loop = new ExamLoop(exam, new Ticking(console, clock), clock, lang, new Style(true), DEMO);
        loop.review(loop.sit());
        boolean scrolled = false;
        for (ScriptedConsole.Frame f : console.frames()) {
            assertThat(f.rows()).hasSizeLessThanOrEqualTo(12);
            String all = String.join("\n", f.rows());
            scrolled |= all.contains(lang.t("더 있음", "more ("));
            if (all.contains(lang.t("다시 보기", "Walk-through")) || f.rows().get(0).contains("─")) {
                assertThat(all).contains(lang.t("q 끝", "q finish"));
            }
        }
        assertThat(scrolled).isTrue();
        assertThat(console.frames().stream().map(f -> f.rows().get(0)).distinct().count())
                .as("the body moved under the scroll keys").isGreaterThan(3);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void statsScreen(Lang lang) {
        Instant now = Instant.parse("2026-12-10T12:00:00Z");
        StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
        List<Card> cards = BANK.subList(0, 40);
        Random rnd = new Random(3);
        ReviewTally t = new ReviewTally(day, now, Parameters.defaults());
        for (int c = 0; c < 40; c++) {
            long at = now.toEpochMilli() - 200L * 86_400_000L + rnd.nextInt(20) * 86_400_000L;
            double s = 1;
            t.add("c" + c, at, 3, "New", s);
            for (int r = 0; r < 8 && at < now.toEpochMilli() - 86_400_000L * 30; r++) {
                at += (long) (s * 86_400_000L * (0.5 + rnd.nextDouble()));
                int rating = rnd.nextInt(5) == 0 ? 1 : 3;
                s = rating == 1 ? Math.max(0.5, s / 3) : s * 2.5;
                t.add("c" + c, at, rating, "Review", s);
            }
        }
        t.add("c0", now.toEpochMilli() - 3_600_000L, 3, "Review", 9);
        Map<String, Memory> mem = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            mem.put(cards.get(i).id(), new Memory(CardState.REVIEW, 0, 5, 5, now.plus(Duration.ofDays(i % 12)),
                    now.minus(Duration.ofDays(2)), 3, 0));
        }
        StudyStats st = StudyStats.of(cards, mem, t, now, day);
        List<String> lines = new StatsView(lang, new Style(true)).render(st, day.dateOf(now).toString(), st.streak(), 0.9,
                new AnswerCounts(1, 0, 0));
        for (String l : lines) assertThat(Cells.width(l)).as(l).isLessThan(COLUMNS);
        Golden.check("stats-" + lang.code() + ".txt", String.join("\n", lines) + "\n");
    }

    private static void assertFits(ScriptedConsole console) {
        assertThat(console.frames()).isNotEmpty();
        for (ScriptedConsole.Frame f : console.frames()) {
            assertThat(f.rows()).hasSizeLessThanOrEqualTo(ROWS);
            for (String row : f.rows()) assertThat(Cells.width(row)).as(row).isLessThan(COLUMNS);
        }
    }
}
