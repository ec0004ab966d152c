package gradcards.ui;

import gradcards.i18n.Lang;
import gradcards.i18n.Visible;
import gradcards.render.Cells;
import gradcards.render.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/** The full-screen console on a real terminal: redraws in place (JLine Display), single keys, line editing for answers. */
public final class TerminalConsole implements Console, AutoCloseable {
    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;
    private static final int CTRL_Z = 26;
    private static final int ESC = 27;
    /** The smallest window the screens are laid out for; smaller, the console says so instead of clipping. */
    static final int MIN_COLUMNS = 60;
    static final int MIN_ROWS = 16;

    private final Terminal terminal;
    private final Lang lang;
    private final String stty;
    private final Thread restoreOnExit;
    private boolean closed;
    private Attributes saved;
    private final Display display;
    private final LineReader lineReader;
    private List<String> last = List.of();
    private volatile boolean resized;
    private String notice = "";

    /** Opens the process's terminal in full-screen mode; close() gives it back exactly as it was. */
    public static TerminalConsole open(Lang lang) throws IOException {
        return open(lang, null);
    }

    /**
     * Opens the terminal with the given charset (null: JLine's default from the JVM). Main passes UTF-8 when the
     * locale variables name it, so Hangul prints even where that locale is not installed and the JVM chose ASCII.
     */
    public static TerminalConsole open(Lang lang, java.nio.charset.Charset charset) throws IOException {
        String stty = TtyState.capture(); // before JLine touches anything
        org.jline.terminal.TerminalBuilder b = org.jline.terminal.TerminalBuilder.builder().system(true);
        if (charset != null) b.encoding(charset).stdinEncoding(charset).stdoutEncoding(charset).stderrEncoding(charset);
        return new TerminalConsole(b.build(), lang, stty);
    }

    private TerminalConsole(Terminal terminal, Lang lang, String stty) {
        this.terminal = terminal;
        this.lang = lang;
        this.stty = stty;
        // SIGTERM, SIGHUP or a crash past the callers' finally blocks: the terminal is still put back as it was
        this.restoreOnExit = new Thread(this::leaveScreen, "gradcards-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        enterScreen();
        this.display = new Display(terminal, true);
        this.lineReader = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true).build();
        resize();
        terminal.handle(Terminal.Signal.WINCH, s -> resized = true);
    }

    private void enterScreen() {
        this.saved = terminal.enterRawMode();
        signals(false);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.flush();
    }

    /** Leaves the alternate screen and restores the settings byte for byte; safe to call twice. */
    private synchronized void leaveScreen() {
        if (closed) return;
        closed = true;
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.exit_ca_mode);
        terminal.setAttributes(saved);
        terminal.flush();
        TtyState.restore(stty);
    }

    /** Ctrl-Z: hands the terminal back as it was, stops like any shell job, and redraws after `fg`. */
    private void suspend() {
        leaveScreen();
        TtyState.stopThisProcess(); // returns when the shell's fg continues it
        synchronized (this) {
            closed = false;
        }
        enterScreen();
        repaint();
    }

    @Override
    public boolean redraws() {
        return true;
    }

    @Override
    public int width() {
        return Math.max(40, terminal.getWidth() - 1);
    }

    @Override
    public void show(List<String> lines) {
        last = List.copyOf(lines);
        draw(last, -1);
    }

    @Override
    public String read(Input kind, String prompt) {
        if (kind == Input.LINE) return readLine(prompt);
        List<String> screen = new ArrayList<>(last);
        screen.add(prompt);
        draw(screen, -1);
        return readKey();
    }

    @Override
    public String readKey(String prompt, long timeoutMs) {
        List<String> screen = new ArrayList<>(last);
        screen.add(prompt);
        draw(screen, -1);
        return readKey(timeoutMs);
    }

    @Override
    public void notice(String line) {
        notice = line;
        draw(last, -1);
    }

    private String readKey() {
        return readKey(-1);
    }

    /** One key; TICK once timeoutMs passed without one (never with a negative timeout). */
    private String readKey(long timeoutMs) {
        try {
            NonBlockingReader r = terminal.reader();
            long waited = 0;
            while (true) {
                int c = r.read(100);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    waited += 100;
                    if (timeoutMs >= 0 && waited >= timeoutMs && !resized) return TICK;
                    if (!resized) continue;
                    resized = false;
                    repaint();
                    return RESIZED;
                }
                notice = "";
                if (c < 0 || c == CTRL_C || c == CTRL_D) return null;
                if (c == CTRL_Z) {
                    suspend();
                    return RESIZED;
                }
                if (c == '\r' || c == '\n' || c == ' ') return "";
                if (c == ESC) {
                    while (r.read(20) >= 0) {
                        // swallow the rest of an escape sequence (arrow keys and the like)
                    }
                    continue;
                }
                return String.valueOf((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readLine(String prompt) {
        List<String> screen = new ArrayList<>(last);
        draw(screen, screen.size() + (notice.isEmpty() ? 0 : 1)); // the line goes below a notice, not over it
        signals(true); // the line editor turns Ctrl-C into UserInterruptException itself
        try {
            String line = lineReader.readLine(Style.strip(prompt));
            notice = "";
            return Visible.of(line); // a typed escape sequence is kept as text, shown as ␛[…, never sent

        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        } finally {
            signals(false);
            display.clear();
            terminal.puts(Capability.clear_screen);
            terminal.flush();
            resize();
        }
    }

    private void draw(List<String> lines, int cursorRow) {
        Size size = terminal.getSize();
        if (size.getColumns() > 0 && size.getRows() > 0
                && (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS)) {
            tooSmall(size);
            return;
        }
        int rows = Math.max(5, size.getRows());
        List<AttributedString> out = new ArrayList<>();
        for (String l : lines) {
            if (out.size() >= rows - 1) break;
            // JLine maps '─' to the terminal's line-drawing charset, which some terminals show as 'q'
            String safe = Visible.keepingStyles(l.replace('─', '━'));
            out.add(AttributedString.fromAnsi(Cells.truncate(safe, size.getColumns() - 1)));
        }
        if (!notice.isEmpty() && out.size() < rows) out.add(AttributedString.fromAnsi(" ! " + Visible.keepingStyles(notice)));
        int row = cursorRow < 0 ? out.size() - 1 : Math.min(cursorRow, out.size());
        display.update(out, size.cursorPos(Math.max(0, row), 0));
        terminal.flush();
    }

    /** The one thing shown while the window is smaller than the screens need, in words that fit it. */
    private void tooSmall(Size size) {
        int w = Math.max(1, size.getColumns() - 1);
        String msg = lang.t("창이 너무 작습니다 (" + size.getColumns() + "×" + size.getRows() + "). 최소 " + MIN_COLUMNS + "×"
                + MIN_ROWS + "로 늘려 주세요. q: 끝내기", "Window too small (" + size.getColumns() + "×" + size.getRows()
                + "): make it at least " + MIN_COLUMNS + "×" + MIN_ROWS + ". q quits");
        List<AttributedString> out = new ArrayList<>();
        for (String part : Cells.wrap(msg, w)) {
            if (out.size() >= Math.max(1, size.getRows() - 1)) break;
            out.add(new AttributedString(part));
        }
        display.update(out, size.cursorPos(Math.max(0, out.size() - 1), 0));
        terminal.flush();
    }

    /** Turns terminal signals on or off; off, Ctrl-C and Ctrl-D arrive as keys and quit cleanly. */
    private void signals(boolean on) {
        Attributes a = terminal.getAttributes();
        a.setLocalFlag(Attributes.LocalFlag.ISIG, on);
        terminal.setAttributes(a);
    }

    /** Forgets what is on screen and clears it, so the next draw paints everything at the new size. */
    private void repaint() {
        resize();
        display.clear();
        terminal.puts(Capability.clear_screen);
        terminal.flush();
    }

    private void resize() {
        Size size = terminal.getSize();
        display.resize(Math.max(5, size.getRows()), Math.max(20, size.getColumns()));
    }

    @Override
    public void close() {
        leaveScreen();
        try {
            terminal.close();
        } catch (IOException e) {
            // the settings are restored below all the same
        }
        TtyState.restore(stty); // last: JLine's own restore on close loses the line speed
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook finds the terminal restored
        }
    }
}
