package gradcards.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: runs one gradcards command and exits with its code (0 ok, 1 user error, 2 usage). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Env.system()));
    }

    /** Runs the command line in the given environment and returns the exit code. */
    public static int run(String[] args, Env env) {
        Gradcards root = new Gradcards(env);
        CommandLine cl = new CommandLine(root);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("gradcards: " + oneLine(ex.getMessage()) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable cause = ex;
            while (!(cause instanceof UserError) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (root.options().debug()) ex.printStackTrace(err);
            if (cause instanceof UserError) {
                err.println("gradcards: " + oneLine(cause.getMessage()));
            } else {
                err.println("gradcards: internal error: " + oneLine(String.valueOf(ex))
                        + " (run again with --debug for details, and please report it)");
            }
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
