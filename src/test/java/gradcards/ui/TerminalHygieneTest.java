package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full-screen session in a real terminal (tmux): after every way out the terminal's settings are byte-identical
 * to before (`stty -g`), Ctrl-Z suspends and `fg` resumes, a window too small says so, and a typed escape sequence is
 * shown as text. Each step waits for what the screen or a file shows (with a deadline), never for a fixed time.
 */
class TerminalHygieneTest {
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path tmp;
    private String session;

    @BeforeEach
    void tmuxIsThere() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")), "tmux is needed for terminal tests");
        session = "gradcards-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void killSession() throws Exception {
        if (session != null) run("tmux", "kill-session", "-t", session);
    }

    @ParameterizedTest(name = "exit by {0}")
    @ValueSource(strings = {"q", "C-c", "C-d", "SIGTERM"})
    void everyExitLeavesTheTerminalSettingsAsTheyWere(String how) throws Exception {
        start(80, 24, study() + "; stty -g > " + tmp.resolve("after") + "; echo DONE > " + tmp.resolve("done"));
        waitFor(() -> screen().contains("reveal") || screen().contains("보기"));
        if (how.equals("SIGTERM")) {
            run("pkill", "-TERM", "-f", tmp.resolve("db.sqlite").toString());
        } else {
            keys(how);
        }
        waitFor(() -> Files.exists(tmp.resolve("done")));
        assertThat(read("after")).isEqualTo(read("before")).isNotBlank();
    }

    @Test
    void ctrlZSuspendsWithTheTerminalRestoredAndFgRedraws() throws Exception {
        start(80, 24, "true");
        keys(study().replace(" && ", "\n").split("\n")); // the shell runs study as its own job
        waitFor(() -> screen().contains("reveal"));
        keys("C-z");
        waitFor(() -> screen().contains("Stopped"));
        keys("stty -g > " + tmp.resolve("suspended") + " && fg");
        waitFor(() -> screen().contains("reveal") && !screen().contains("Stopped")); // redrawn over the shell's lines
        keys("q");
        waitFor(() -> screen().contains("Next card") || screen().contains("다음 카드"));
        keys("stty -g > " + tmp.resolve("after"));
        waitFor(() -> Files.exists(tmp.resolve("after")) && !read("after").isBlank());
        assertThat(read("suspended")).isEqualTo(read("before"));
        assertThat(read("after")).isEqualTo(read("before"));
    }

    @Test
    void aWindowTooSmallSaysSoInsteadOfClipping() throws Exception {
        start(50, 10, study());
        waitFor(() -> screen().contains("too small"));
        assertThat(screen()).contains("60×16");
        keys("q");
    }

    /** Saves the settings, then runs study (a script that execs the JVM, so the shell's job is the JVM itself). */
    private String study() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = tmp.resolve("study.sh");
        Files.writeString(script, "exec " + java + " -cp " + System.getProperty("java.class.path")
                + " gradcards.app.Main --db " + tmp.resolve("db.sqlite") + " --lang en --now 2026-12-01T09:00:00Z study\n");
        return "stty -g > " + tmp.resolve("before") + " && bash " + script;
    }

    private void start(int columns, int rows, String command) throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        run("tmux", "new-session", "-d", "-s", session, "-x", Integer.toString(columns), "-y", Integer.toString(rows),
                "env", "XDG_CACHE_HOME=" + tmp.resolve("cache"), "XDG_DATA_HOME=" + tmp.resolve("data"), "TZ=UTC",
                "bash", "--norc", "--noprofile");
        keys(command);
    }

    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            if (k.equals("Enter") || k.startsWith("C-") || k.length() == 1) {
                run("tmux", "send-keys", "-t", session, k);
            } else {
                run("tmux", "send-keys", "-t", session, "-l", k);
                run("tmux", "send-keys", "-t", session, "Enter");
            }
        }
    }

    private String screen() {
        try {
            return run("tmux", "capture-pane", "-p", "-t", session);
        } catch (Exception e) {
            return "";
        }
    }

    private String read(String name) {
        try {
            return Files.readString(tmp.resolve(name), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out; the screen shows:\n" + screen());
            Thread.onSpinWait();
            Thread.sleep(50); // polling a condition with a deadline, not waiting a fixed time
        }
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
