package gradcards.app.demo;

import gradcards.app.Env;
import gradcards.app.Main;
import gradcards.demos.DemoBackend;
import gradcards.demos.TrainerBackend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs gradcards through Main.run in a test environment and captures the exit code and both streams. */
final class Cli {
    private Cli() {
    }

    /** The outcome of one command line. */
    record Result(int code, String out, String err) {
    }

    /** Runs with output to a pipe (plain mode, no progress line). */
    static Result run(String... args) {
        return run(new TrainerBackend(), false, Map.of(), args);
    }

    /** Runs with output to a pipe over the given demo backend. */
    static Result run(DemoBackend demos, String... args) {
        return run(demos, false, Map.of(), args);
    }

    /** Runs with stdout treated as a terminal or not, and extra environment variables. */
    static Result run(DemoBackend demos, boolean terminal, Map<String, String> vars, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(vars);
        env.putIfAbsent("LANG", "en_US.UTF-8");
        env.putIfAbsent("TERM", "xterm-256color");
        env.putIfAbsent("COLUMNS", "80");
        Env e = new Env(env, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, terminal);
        int code = Main.run(args, e, demos);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
