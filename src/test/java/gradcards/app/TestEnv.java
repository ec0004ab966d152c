package gradcards.app;

import gradcards.demos.DemoBackend;
import gradcards.demos.TrainerBackend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The one harness for running gradcards in-process in tests: given standard input, environment variables, whether
 * stdin/stdout count as a terminal, and the demo backend (the real trainer unless a test gives a fake); it captures
 * stdout and stderr and never touches the learner's data (HOME points nowhere; tests pass --db in a temp folder).
 */
public final class TestEnv {
    /** The outcome of one command line: exit code, stdout, stderr. */
    public record Result(int code, String out, String err) {
    }

    public final ByteArrayOutputStream out = new ByteArrayOutputStream();
    public final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> vars = new HashMap<>();
    private final InputStream in;
    private boolean terminal;
    private DemoBackend demos = new TrainerBackend();

    public TestEnv(String stdin) {
        this(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    public TestEnv(InputStream in) {
        this.in = in;
        vars.put("TZ", "UTC");
        vars.put("LANG", "en_US.UTF-8");
        vars.put("HOME", "/nonexistent-home-for-tests");
        vars.put("TERM", "xterm-256color");
        vars.put("COLUMNS", "80");
    }

    /** Runs one command line with empty stdin, output to a pipe, the real trainer. */
    public static Result cli(String... args) {
        return new TestEnv("").result(args);
    }

    /** Runs one command line with empty stdin, output to a pipe, over the given demo backend. */
    public static Result cli(DemoBackend demos, String... args) {
        return new TestEnv("").demos(demos).result(args);
    }

    /** Runs one command line with stdin and stdout a terminal or not, extra variables and the given demo backend. */
    public static Result cli(DemoBackend demos, boolean terminal, Map<String, String> vars, String... args) {
        TestEnv e = new TestEnv("").demos(demos).terminal(terminal);
        vars.forEach(e::var);
        return e.result(args);
    }

    public TestEnv var(String k, String v) {
        vars.put(k, v);
        return this;
    }

    /** Whether stdin and stdout count as a terminal (default: no, a pipe). */
    public TestEnv terminal(boolean t) {
        this.terminal = t;
        return this;
    }

    /** The demo backend the commands use (default: the real trainer). */
    public TestEnv demos(DemoBackend backend) {
        this.demos = backend;
        return this;
    }

    /** An Env over this test's streams, for building commands directly. */
    public Env envForHelp() {
        return new Env(vars, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, terminal);
    }

    /** Runs the command line and returns its exit code (the output so far stays in out() and err()). */
    public int run(String... args) {
        return Main.run(args, envForHelp(), demos);
    }

    /** Runs the command line and returns its code with the output it wrote. */
    public Result result(String... args) {
        int before = out.size();
        int errBefore = err.size();
        int code = run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8).substring(prefix(out, before)),
                err.toString(StandardCharsets.UTF_8).substring(prefix(err, errBefore)));
    }

    private static int prefix(ByteArrayOutputStream s, int bytes) {
        return new String(s.toByteArray(), 0, bytes, StandardCharsets.UTF_8).length();
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
