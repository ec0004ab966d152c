package gradcards.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs gradcards in-process with given standard input, capturing stdout and stderr (never the learner's data). */
public final class TestEnv {
    public final ByteArrayOutputStream out = new ByteArrayOutputStream();
    public final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> vars = new HashMap<>();
    private final InputStream in;

    public TestEnv(String stdin) {
        this(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    public TestEnv(InputStream in) {
        this.in = in;
        vars.put("TZ", "UTC");
        vars.put("LANG", "en_US.UTF-8");
        vars.put("HOME", "/nonexistent-home-for-tests");
    }

    public TestEnv var(String k, String v) {
        vars.put(k, v);
        return this;
    }

    /** An Env over this test's streams, for building commands directly. */
    public Env envForHelp() {
        return new Env(vars, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
    }

    /** Runs the command line and returns its exit code. */
    public int run(String... args) {
        return Main.run(args, envForHelp());
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
