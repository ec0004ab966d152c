package gradcards.app;

import gradcards.i18n.Lang;
import gradcards.demos.DemoBackend;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it prints the one-screen overview. */
@Command(name = "gradcards",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Study the vanishing-gradient problem (기울기 소멸 문제) for the 빅데이터분석기사 exam:",
            "FSRS-6 spaced repetition, exam-style questions, and a mini trainer that measures gradients.",
            "With no subcommand: today's overview."})
public class Gradcards implements Callable<Integer> {

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    private final Env env;
    private final DemoBackend demos;

    public Gradcards(Env env, DemoBackend demos) {
        this.env = env;
        this.demos = demos;
    }

    /** The subcommands, in the order --help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(StudyCommand.class, QuizCommand.class, StatsCommand.class,
        ContentCommand.class, DemoCommand.class, ConfigCommand.class, ExportCommand.class, BenchCommand.class);

    /** The root command object of any command in the tree. */
    public static Gradcards root(CommandSpec spec) {
        return (Gradcards) spec.root().userObject();
    }

    public Env env() {
        return env;
    }

    /** The trainer services behind the demo commands (the real trainer, or a test's fake). */
    public DemoBackend demos() {
        return demos;
    }

    public GlobalOptions options() {
        return options;
    }

    public Lang lang() {
        return options.lang(env);
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public Integer call() {
        try (Services s = Services.open(this)) {
            OverviewNumbers.print(s, out());
        }
        return 0;
    }
}
