package gradcards.app;

import gradcards.demos.DemoBackend;
import gradcards.demos.TrainerBackend;
import gradcards.error.UserError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: runs one gradcards command and exits with its code (0 ok, 1 user error, 2 usage). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Env env = Env.system();
        gradcards.store.NativeSqlite.prepareInBackground(cacheDir(env)); // the second core loads SQLite meanwhile
        System.exit(run(args, env));
    }

    /** The learner's cache folder: $XDG_CACHE_HOME/gradcards, default ~/.cache/gradcards (safe to delete). */
    static java.nio.file.Path cacheDir(Env env) {
        String xdg = env.var("XDG_CACHE_HOME");
        String home = env.var("HOME") != null ? env.var("HOME") : System.getProperty("user.home");
        return (xdg != null ? java.nio.file.Path.of(xdg) : java.nio.file.Path.of(home, ".cache")).resolve("gradcards");
    }

    /** Runs the command line in the given environment and returns the exit code. */
    public static int run(String[] args, Env env) {
        return run(args, env, new TrainerBackend());
    }

    /** Runs the command line with the given demo backend (the real trainer, or a test's fake). */
    public static int run(String[] args, Env env, DemoBackend demos) {
        Gradcards root = new Gradcards(env, demos);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true);
        Boolean statsJson = QuickArgs.stats(args, root.options); // stats with plain options: no picocli either
        if (statsJson != null || QuickArgs.parse(args, root.options)) { // the overview with plain global options: no picocli at all
            root.quickOut = out;
            int code;
            try {
                code = statsJson == null ? root.call() : StatsCommand.run(root, statsJson);
            } catch (Exception ex) {
                code = failure(ex, root, err);
            }
            return finish(code, root, out, err, env);
        }
        CommandLine cl = new CommandLine(root);
        if (!overviewOnly(args)) {
            String name = QuickArgs.subcommand(args);
            Class<?> named = name == null ? null : Gradcards.BY_NAME.get(name);
            boolean one = named != null && named != CompletionCommand.class; // completion scripts need the whole tree
            for (Class<?> sub : one ? java.util.List.<Class<?>>of(named) : Gradcards.SUBCOMMANDS) {
                cl.addSubcommand(sub);
            }
            CommandLine config = cl.getSubcommands().get("config");
            if (config != null && config.getSubcommands().containsKey("set")) { // a value like -1m is a value, not an option
                config.getSubcommands().get("set").setUnmatchedOptionsArePositionalParams(true);
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        HelpLanguage.apply(cl, helpLang(args, env));
        cl.setParameterExceptionHandler((ex, a) -> usageError(ex, err));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, root, err));
        return finish(cl.execute(args), root, out, err, env);
    }

    private static int finish(int code, Gradcards root, PrintWriter out, PrintWriter err, Env env) {
        out.flush();
        if (out.checkError() || env.out().checkError()) {
            // a reader that stopped reading (| head -1) is no error: quiet, with the status of a SIGPIPE death
            if (ClosedPipe.readerGone(env)) code = code == 0 ? ClosedPipe.STATUS : code;
            else code = outputFailed(root, err);
        }
        err.flush();
        return code;
    }

    /** Standard output could not be written (a full disk, a closed descriptor): one line on stderr, exit 1. */
    private static int outputFailed(Gradcards root, PrintWriter err) {
        err.println("gradcards: " + language(root).t(
                "표준 출력에 쓰지 못했습니다 (디스크가 가득 찼거나 출력이 닫혔습니다): 출력을 다른 곳으로 보내세요",
                "could not write to standard output (disk full or output closed): send the output elsewhere"));
        return 1;
    }

    /** A usage error: one line with a suggestion for a mistyped subcommand; exit code 2. */
    private static int usageError(CommandLine.ParameterException ex, PrintWriter err) {
        String hint = "";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            java.util.List<String> near = closest(u.getUnmatched().get(0), ex.getCommandLine().getSubcommands().keySet());
            if (near.isEmpty()) near = u.getSuggestions();
            if (!near.isEmpty()) hint = "; did you mean " + String.join(" or ", near) + "?";
        }
        err.println("gradcards: " + oneLine(ex.getMessage()) + hint + " (see '"
                + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        return 2;
    }

    /** The subcommand names within two edits (a swap counts as one) of a mistyped word, closest first. */
    static java.util.List<String> closest(String word, java.util.Collection<String> names) {
        return names.stream().filter(n -> gradcards.grade.Typos.editDistance(word, n) <= 2)
                .sorted(java.util.Comparator.comparingInt(n -> gradcards.grade.Typos.editDistance(word, n))).toList();
    }

    /** A failed command: the user error's line in the learner's language, else an internal-error line; exit 1. */
    private static int failure(Exception ex, Gradcards root, PrintWriter err) {
        Throwable cause = ex;
        while (!(cause instanceof UserError) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (root.options().debug()) ex.printStackTrace(err);
        if (cause instanceof UserError u) {
            err.println("gradcards: " + oneLine(u.message(language(root))));
        } else {
            err.println("gradcards: internal error: " + oneLine(String.valueOf(ex))
                    + " (run again with --debug for details, and please report it)");
        }
        return 1;
    }

    /** Global options that take a value. */
    private static final java.util.Set<String> VALUED = java.util.Set.of("--db", "--now", "--lang", "--content");

    /**
     * Whether the arguments ask for the overview alone (only global options, no help): then the subcommands are not
     * built, which saves a tenth of a second of start-up on the command a learner runs most.
     */
    static boolean overviewOnly(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
            if (VALUED.contains(a)) i++;
            else if (!a.startsWith("-")) return false;
        }
        return true;
    }

    /** The interface language for --help, read before parsing: the last --lang given, else the locale variables. */
    static gradcards.i18n.Lang helpLang(String[] args, Env env) {
        String v = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) v = args[++i];
            else if (args[i].startsWith("--lang=")) v = args[i].substring(7);
        }
        gradcards.i18n.Lang l = gradcards.i18n.Lang.parse(v);
        return l != null ? l : gradcards.i18n.Lang.fromLocaleEnv(env.var("LC_ALL"), env.var("LANG"));
    }

    /** The learner's language for an error line; English when --lang itself is the problem. */
    private static gradcards.i18n.Lang language(Gradcards root) {
        try {
            return root.lang();
        } catch (UserError e) {
            return gradcards.i18n.Lang.EN;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
