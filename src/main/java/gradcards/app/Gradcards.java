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
    static final List<Class<?>> SUBCOMMANDS = List.of(StudyCommand.class, QuizCommand.class, ExamCommand.class,
        WrongCommand.class, StatsCommand.class, ContentCommand.class, DemoCommand.class, ConfigCommand.class,
        ImportCommand.class, ExportCommand.class, BenchCommand.class, CardsCommand.class, CardCommand.class,
        MarkCommands.Suspend.class, MarkCommands.Unsuspend.class, MarkCommands.Flag.class, MarkCommands.Unflag.class,
        BackupCommand.class, picocli.CommandLine.HelpCommand.class, CompletionCommand.class);

    /**
     * The subcommands by the name a command line gives (picocli's "help" is not here): Main builds only the one named,
     * since building all of them costs a tenth of a second; HelpTest checks this against the annotations.
     */
    static final java.util.Map<String, Class<?>> BY_NAME = java.util.Map.ofEntries(
        java.util.Map.entry("study", StudyCommand.class), java.util.Map.entry("quiz", QuizCommand.class),
        java.util.Map.entry("exam", ExamCommand.class), java.util.Map.entry("wrong", WrongCommand.class),
        java.util.Map.entry("stats", StatsCommand.class), java.util.Map.entry("content", ContentCommand.class),
        java.util.Map.entry("demo", DemoCommand.class), java.util.Map.entry("config", ConfigCommand.class),
        java.util.Map.entry("import", ImportCommand.class), java.util.Map.entry("export", ExportCommand.class),
        java.util.Map.entry("bench", BenchCommand.class), java.util.Map.entry("cards", CardsCommand.class),
        java.util.Map.entry("card", CardCommand.class), java.util.Map.entry("suspend", MarkCommands.Suspend.class),
        java.util.Map.entry("unsuspend", MarkCommands.Unsuspend.class), java.util.Map.entry("flag", MarkCommands.Flag.class),
        java.util.Map.entry("unflag", MarkCommands.Unflag.class), java.util.Map.entry("backup", BackupCommand.class),
        java.util.Map.entry("completion", CompletionCommand.class));

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
        return spec != null ? spec.commandLine().getOut() : quickOut;
    }

    /** Standard output when the overview runs without picocli (see Main's quick path); null otherwise. */
    PrintWriter quickOut;

    @Override
    public Integer call() {
        try (Services s = Services.open(this)) {
            OverviewNumbers.print(s, out());
        }
        return 0;
    }
}
