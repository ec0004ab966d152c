package gradcards.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The terminal's settings exactly as {@code stty -g} prints them. JLine's own save and restore loses the line speed
 * and the line discipline (after a session `stty -a` showed "speed 0 baud" and "line = 6"), so the full-screen
 * console also restores this byte-for-byte copy on every way out.
 */
final class TtyState {
    private static final File TTY = new File("/dev/tty");

    private TtyState() {
    }

    /** The current settings, or null when there is no controlling terminal or no stty. */
    static String capture() {
        try {
            Process p = new ProcessBuilder("stty", "-g").redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return p.waitFor() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Puts the settings back (nothing when state is null). */
    static void restore(String state) {
        if (state == null) return;
        try {
            Process p = new ProcessBuilder("stty", state).redirectInput(TTY)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        } catch (IOException e) {
            // nothing more can be done for the terminal
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops this process as Ctrl-Z stops any job (SIGTSTP to the whole process, which the shell sees), and returns
     * once it is continued. sun.misc.Signal.raise would signal only the calling thread, which the JVM's threads do
     * not act on.
     */
    static void stopThisProcess() {
        try {
            new ProcessBuilder("kill", "-TSTP", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // no kill command: carry on without suspending
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
