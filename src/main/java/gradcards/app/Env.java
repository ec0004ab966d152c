package gradcards.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What the process was started with: environment variables, standard streams and whether
 * standard input/output are terminals. Main builds the real one; tests build their own.
 */
public record Env(Map<String, String> vars, InputStream in, PrintStream out, PrintStream err,
                  boolean stdinIsTerminal, boolean stdoutIsTerminal) {

    /** The real process environment. */
    public static Env system() {
        boolean console = System.console() != null;
        return new Env(System.getenv(), System.in, System.out, System.err,
                isTty(0, console), isTty(1, console));
    }

    /**
     * One warning line on standard error, as UTF-8 like every other line gradcards prints (the JVM's own encoding
     * is ASCII where the locale named in LANG is not installed, and would turn Hangul into '?').
     */
    public void warn(String line) {
        byte[] bytes = (line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        err.write(bytes, 0, bytes.length);
        err.flush();
    }

    /** Whether file descriptor fd is a terminal (Linux /proc; elsewhere what System.console() says). */
    private static boolean isTty(int fd, boolean fallback) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(
                    java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | Error e) {
            return fallback;
        }
    }

    /** An environment variable, or null when unset or empty. */
    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
