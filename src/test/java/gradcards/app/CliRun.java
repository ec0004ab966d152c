package gradcards.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The result of running the gradcards command line in a test environment: exit code, stdout, stderr. */
record CliRun(int code, String out, String err) {

    /** Runs gradcards with these arguments, no terminal, LANG=en, and no access to the user's data folder. */
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env env = new Env(Map.of("LANG", "en_US.UTF-8", "HOME", "/nonexistent-home"),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, false);
        int code = Main.run(args, env);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
