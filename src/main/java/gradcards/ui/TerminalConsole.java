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
    /** True while the key loop waits in a read. */
    private volatile boolean reading;
    private final Object drawLock = new Object();
    private List<String> lastLines;
    private int lastCursor;
    /** True while the line editor has the terminal (its own modes apply). */
    private volatile boolean editing;
    private Attributes saved;
    private final Display display;
    private final LineReader lineReader;
    private final Viewport viewport;
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
        this.viewport = new Viewport(lang);
        // SIGTERM, SIGHUP or a crash past the callers' finally blocks: the terminal is still put back as it was
        this.restoreOnExit = new Thread(this::restoreAtExit, "gradcards-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        dropJLineHook(terminal);
        enterScreen();
        this.display = new Display(terminal, true);
        this.lineReader = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true).build();
        resize();
        terminal.handle(Terminal.Signal.WINCH, s -> resized = true);
        // Continued by the shell's fg, however the stop came about: the shell set its own modes while we were stopped
        terminal.handle(Terminal.Signal.CONT, s -> resumed());
    }

    /**
     * Puts the single-key mode back if anything changed it under us (a shell's fg, another program on the same
     * terminal), and asks for a repaint. Changing the mode also wakes a read that was blocked waiting for a whole
     * line, so a key typed meanwhile is not lost. Nothing while the screen is left (suspend, close) or a line is
     * being edited.
     */
    /**
     * JLine registers a shutdown hook of its own that puts back its lossy copy of the settings (speed 0, line
     * discipline lost). Hooks run in parallel, so under load JLine's could land after our exact restore (a helper saw
     * the SIGTERM case fail so once at load average 40). Ours closes the JLine terminal itself and restores last, so
     * JLine's hook is removed; if JLine's layout ever changes, its hook simply stays.
     */
    private static void dropJLineHook(Terminal terminal) {
        if (!(terminal instanceof org.jline.terminal.impl.PosixSysTerminal)) return;
        try {
            java.lang.reflect.Field f = org.jline.terminal.impl.PosixSysTerminal.class.getDeclaredField("closer");
            f.setAccessible(true);
            Object task = f.get(terminal);
            if (task instanceof org.jline.utils.ShutdownHooks.Task) {
                org.jline.utils.ShutdownHooks.remove((org.jline.utils.ShutdownHooks.Task) task);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // JLine's hook stays; ours still restores the exact settings
        }
    }

    /**
     * SIGCONT. A read that was under way when the kernel stopped us restarts in whatever mode the shell left (a line
     * mode: it waits for a whole line), so the key loop cannot redraw; the mode is put back here and, while the loop
     * waits in that read, the last screen is drawn again from here.
     */
    private void resumed() {
        keepKeyMode();
        if (!reading) return;
        synchronized (drawLock) {
            if (lastLines == null) return;
            repaintNow();
            drawNow(lastLines, lastCursor);
        }
    }

    private synchronized void keepKeyMode() {
        if (closed || editing) return;
        Attributes a = terminal.getAttributes();
        if (!a.getLocalFlag(Attributes.LocalFlag.ICANON) && !a.getLocalFlag(Attributes.LocalFlag.ECHO)
                && !a.getLocalFlag(Attributes.LocalFlag.ISIG)) return;
        terminal.enterRawMode(); // the same two steps as enterScreen, without replacing the settings saved there
        signals(false);
        resized = true;
    }

    private void enterScreen() {
        this.saved = terminal.enterRawMode();
        signals(false);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.flush();
    }

    /**
     * The shutdown hook (SIGTERM, SIGHUP): JLine has a hook of its own that restores its lossy copy of the settings,
     * and hooks run in no set order, so this one closes the JLine terminal first (JLine's hook then finds it closed)
     * and puts the exact settings back last.
     */
    private void restoreAtExit() {
        leaveScreen();
        try {
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // restored below all the same
        }
        TtyState.restore(stty);
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
        synchronized (this) { // the CONT handler waits until the screen is entered again
            closed = false;
            enterScreen();
        }
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
        show(lines, 0);
    }

    @Override
    public void show(List<String> lines, int footerLines) {
        viewport.show(lines, footerLines);
        draw(screen(null), -1);
    }

    @Override
    public String read(Input kind, String prompt) {
        if (kind == Input.LINE) return readLine(prompt);
        return readKey(prompt, -1);
    }

    /** One key; scroll keys move the screen's body (while it is clipped) and are not returned. */
    @Override
    public String readKey(String prompt, long timeoutMs) {
        while (true) {
            draw(screen(prompt), -1);
            String key = readKey(timeoutMs);
            if (key == null || !viewport.scroll(key, viewport.clipped(rows() - 1, 1))) return key;
        }
    }

    /** The rows to draw: what of the screen fits above the prompt line (or the line being edited), then the prompt. */
    private List<String> screen(String prompt) {
        List<String> screen = new ArrayList<>(viewport.layout(rows() - 1, 1));
        if (prompt != null) screen.add(prompt);
        return screen;
    }

    private int rows() {
        return Math.max(5, terminal.getSize().getRows());
    }

    @Override
    public void notice(String line) {
        notice = line;
        draw(screen(null), -1);
    }

    /** One key; TICK once timeoutMs passed without one (never with a negative timeout). */
    private String readKey(long timeoutMs) {
        try {
            NonBlockingReader r = terminal.reader();
            long waited = 0;
            while (true) {
                keepKeyMode();
                reading = true;
                int c;
                try {
                    c = r.read(100);
                } finally {
                    reading = false;
                }
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
                    String key = escapeSequence(r);
                    if (key != null) return key;
                    continue; // any other escape sequence (function keys and the like) is ignored
                }
                return String.valueOf((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rest of an escape sequence after ESC: ↑ ↓ (ESC [ A/B or ESC O A/B) and PgUp PgDn (ESC [ 5~ / 6~) become
     * the Viewport's scroll keys; anything else is read to its end and gives null.
     */
    private static String escapeSequence(NonBlockingReader r) throws IOException {
        int c = r.read(50);
        if (c != '[' && c != 'O') {
            while (c >= 0 && r.read(20) >= 0) {
                // swallow whatever else came with it
            }
            return null;
        }
        StringBuilder seq = new StringBuilder();
        while (true) {
            int d = r.read(50);
            if (d < 0) return null;
            seq.append((char) d);
            if (d >= 0x40 && d <= 0x7E) break; // the final byte of a CSI sequence
        }
        switch (seq.toString()) {
            case "A": return Viewport.UP;
            case "B": return Viewport.DOWN;
            case "5~": return Viewport.PAGE_UP;
            case "6~": return Viewport.PAGE_DOWN;
            default: return null;
        }
    }

    private String readLine(String prompt) {
        List<String> screen = screen(null);
        draw(screen, screen.size() + (notice.isEmpty() ? 0 : 1)); // the line goes below a notice, not over it
        editing = true;
        signals(true); // the line editor turns Ctrl-C into UserInterruptException itself
        try {
            String line = lineReader.readLine(Style.strip(prompt));
            notice = "";
            return Visible.of(line); // a typed escape sequence is kept as text, shown as ␛[…, never sent

        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        } finally {
            signals(false);
            editing = false;
            display.clear();
            terminal.puts(Capability.clear_screen);
            terminal.flush();
            resize();
        }
    }

    private void draw(List<String> lines, int cursorRow) {
        synchronized (drawLock) {
            lastLines = lines;
            lastCursor = cursorRow;
            drawNow(lines, cursorRow);
        }
    }

    private void drawNow(List<String> lines, int cursorRow) {
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
        synchronized (drawLock) {
            repaintNow();
        }
    }

    private void repaintNow() {
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
