package gradcards.ui;

import java.util.List;

/** The study screen's port to the outside: a JLine terminal, or plain lines in and out (pipes, tests). */
public interface Console {

    /** What kind of input is expected. */
    enum Input { KEY, LINE }

    /** Whether the console redraws whole screens (a terminal) rather than appending lines. */
    boolean redraws();

    /** The width in columns to render for. */
    int width();

    /** Shows a screen: replaces it in a terminal, prints the lines otherwise. */
    void show(List<String> lines);

    /**
     * Shows a screen whose last footerLines lines (the rating row, the keys) stay on screen while a body too long for
     * the window scrolls (↑/↓, PgUp/PgDn, j/k); a console that does not redraw just prints the lines.
     */
    default void show(List<String> lines, int footerLines) {
        show(lines);
    }

    /** What read returns when the terminal was resized while waiting for a key: the caller draws its screen again. */
    String RESIZED = "\u0000resized";

    /** Reads one key (as a string: "" for Enter or Space) or one typed line; null at end of input or Ctrl-C/Ctrl-D. */
    String read(Input kind, String prompt);

    /** What readKey returns when its time passed without a key (the caller redraws, e.g. a countdown). */
    String TICK = "\u0000tick";

    /** Reads one key like read(KEY), returning TICK after timeoutMs without one; a console that cannot wait just reads. */
    default String readKey(String prompt, long timeoutMs) {
        return read(Input.KEY, prompt);
    }

    /** Reports a one-line notice (invalid input, nothing to undo …) without losing the screen. */
    void notice(String line);
}
