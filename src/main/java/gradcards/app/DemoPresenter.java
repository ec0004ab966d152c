package gradcards.app;

import gradcards.content.Measurements;
import gradcards.demos.Demo;
import gradcards.demos.DemoLabels;
import gradcards.demos.DemoRun;
import gradcards.demos.MultiSeed;
import gradcards.demos.Progress;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.render.DemoJson;
import gradcards.render.DemoSvg;
import gradcards.render.DemoView;
import gradcards.render.Style;
import gradcards.ui.ProgressLine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Trains the requested seeds with a progress line on a terminal, then shows the result as chart, JSON and/or SVG. */
final class DemoPresenter {
    private final Gradcards root;
    private final DemoOutputOptions output;
    private final Lang lang;
    private final int columns;
    private Measurements measured = Measurements.NONE;

    /** What is being shown: its id, heading, how to get a run's verdict (may give null) and whether --seeds is offered. */
    record Subject(String id, Text heading, Function<DemoRun, Text> verdict, boolean seedsHint) {
        static Subject of(Demo demo) {
            return new Subject(demo.id(), DemoView.heading(demo), demo::verdict, true);
        }
    }

    DemoPresenter(Gradcards root, DemoOutputOptions output) {
        this.root = root;
        this.output = output;
        this.lang = root.lang();
        this.columns = DemoCommand.columns(root.env());
    }

    /** Shows the committed 10-seed medians of these measurements beside a single run's values (`demo run ID`). */
    DemoPresenter beside(Measurements m) {
        this.measured = m;
        return this;
    }

    /** Runs every seed in order; on a terminal (not plain, not --json) a progress line shows while each trains. */
    List<DemoRun> train(List<Long> seeds, BiFunction<Long, Progress, DemoRun> run) {
        boolean live = !output.json && live(root);
        ProgressLine line = new ProgressLine(root.out(), lang, columns);
        List<DemoRun> runs = new ArrayList<>();
        try {
            for (long s : seeds) {
                String seedWord = seeds.size() == 1 ? "" : lang.t("시드 ", "seed ") + s + " (" + (runs.size() + 1) + "/" + seeds.size() + ") · ";
                Progress p = !live ? Progress.NONE
                        : (label, step, total, loss) -> line.update(seedWord + DemoLabels.arm(label, lang), step, total, loss);
                if (live && seeds.size() > 1) line.count(lang.t("시드 ", "seed ") + s, runs.size(), seeds.size());
                runs.add(guard(() -> run.apply(s, p), lang));
            }
        } finally {
            line.clear();
        }
        return runs;
    }

    /** Prints the chart (or the JSON) of the runs and writes the SVG picture when asked. */
    void show(Subject subject, List<DemoRun> runs) {
        PrintWriter out = root.out();
        DemoRun first = runs.get(0);
        Text verdict = subject.verdict().apply(first);
        if (output.json) {
            out.println(DemoJson.of(subject.id(), runs, verdict));
        } else {
            screen(subject, runs, verdict).forEach(out::println);
        }
        if (output.svg != null) {
            output.writer(root).writeText(output.svg, "--svg", DemoSvg.render(subject.heading(), first, verdict, lang));
            if (!output.json) out.println(" " + lang.t("그림: ", "picture: ") + output.svg);
        }
    }

    private List<String> screen(Subject subject, List<DemoRun> runs, Text verdict) {
        DemoView.Frame frame = new DemoView.Frame(lang, columns, DemoView.HEIGHT + 1, DemoCommand.style(root));
        return DemoView.screen(subject.heading(), runs, verdict, subject.seedsHint(), measured, frame);
    }

    /**
     * Whether a progress line may be drawn: stdout is a terminal that understands "\r" and erase-line (not dumb, not
     * --plain); nothing is drawn into a pipe or a file.
     */
    static boolean live(Gradcards root) {
        return root.env().stdoutIsTerminal() && !"dumb".equals(root.env().var("TERM")) && !root.options().plain;
    }

    /** Runs trainer code, turning its IllegalArgumentException (a rejected setting) into a user error. */
    static <T> T guard(Supplier<T> work, Lang lang) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(Text.of("트레이너가 설정을 거부했습니다: " + e.getMessage(), e.getMessage()), e);
        }
    }
}
