package gradcards.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated learner for scripted mode: reads each prompt gradcards prints through a pipe and answers it with a
 * seeded mix of right, wrong and invalid inputs, ratings, and undos — as a person at a pipe would.
 */
final class ScriptedLearner {
    private final Random random;
    private final int maxInputs;
    int invalidSent;
    int undoSent;

    ScriptedLearner(long seed, int maxInputs) {
        this.random = new Random(seed);
        this.maxInputs = maxInputs;
    }

    /** Runs `study` with these arguments, answering every prompt; returns the exit code. */
    int study(Map<String, String> vars, String... args) throws Exception {
        PipedOutputStream toApp = new PipedOutputStream();
        PipedInputStream appIn = new PipedInputStream(toApp, 1 << 16);
        PipedInputStream fromApp = new PipedInputStream(1 << 16);
        PrintStream appOut = new PrintStream(new PipedOutputStream(fromApp), true, StandardCharsets.UTF_8);
        AtomicInteger code = new AtomicInteger(-1);
        Env env = new Env(vars, appIn, appOut, new PrintStream(new java.io.ByteArrayOutputStream()), false, false);
        Thread app = new Thread(() -> {
            code.set(Main.run(args, env));
            appOut.close();
        });
        app.start();
        converse(new BufferedReader(new InputStreamReader(fromApp, StandardCharsets.UTF_8)),
                new PrintWriter(toApp, true, StandardCharsets.UTF_8));
        app.join();
        return code.get();
    }

    private void converse(BufferedReader from, PrintWriter to) {
        int sent = 0;
        try {
            String line;
            while ((line = from.readLine()) != null) {
                String reply = reply(line);
                if (reply == null) continue;
                to.println(sent++ >= maxInputs ? "q" : reply);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            to.close();
        }
    }

    /** The input for a prompt line, or null when the line is not a prompt. */
    String reply(String prompt) {
        if (prompt.contains("Enter: back")) return "";
        if (!prompt.contains("q quit")) return null;
        if (prompt.contains("reveal")) return pick(List.of("", "", "", "x"));
        if (prompt.contains("1–4 choose")) return pick(List.of("1", "2", "3", "4", "4", "7"));
        if (prompt.contains("O/X")) return pick(List.of("O", "X", "o", "×", "0"));
        if (prompt.contains("type the answer")) return pick(List.of("relu", "ReLU", "0.25", "1/4", "sigmoid", ""));
        if (prompt.contains("default rating")) return pick(List.of("", "", "", "1", "2", "3", "4", "easy", "9", "u"));
        return "";
    }

    private String pick(List<String> options) {
        String s = options.get(random.nextInt(options.size()));
        if (s.equals("u")) undoSent++;
        if (s.equals("7") || s.equals("0") || s.equals("9") || s.equals("x")) invalidSent++;
        return s;
    }
}
