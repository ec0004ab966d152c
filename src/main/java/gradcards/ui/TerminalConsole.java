package gradcards.ui;

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
    private static final int ESC = 27;

    private final Terminal terminal;
    private final Attributes saved;
    private final Display display;
    private final LineReader lineReader;
    private List<String> last = List.of();
    private volatile boolean resized;
    private String notice = "";

    public TerminalConsole(Terminal terminal) {
        this.terminal = terminal;
        this.saved = terminal.enterRawMode();
        signals(false);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        this.display = new Display(terminal, true);
        this.lineReader = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true).build();
        resize();
        terminal.handle(Terminal.Signal.WINCH, s -> resized = true);
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
    public void notice(String line) {
        notice = line;
        draw(last, -1);
    }

    private String readKey() {
        try {
            NonBlockingReader r = terminal.reader();
            while (true) {
                int c = r.read(100);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    if (!resized) continue;
                    resized = false;
                    repaint();
                    return RESIZED;
                }
                notice = "";
                if (c < 0 || c == CTRL_C || c == CTRL_D) return null;
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
        draw(screen, screen.size());
        signals(true); // the line editor turns Ctrl-C into UserInterruptException itself
        try {
            String line = lineReader.readLine(Style.strip(prompt));
            notice = "";
            return line;
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
        int rows = Math.max(5, size.getRows());
        List<AttributedString> out = new ArrayList<>();
        for (String l : lines) {
            if (out.size() >= rows - 1) break;
            // JLine maps '─' to the terminal's line-drawing charset, which some terminals show as 'q'
            out.add(AttributedString.fromAnsi(Cells.truncate(l.replace('─', '━'), size.getColumns() - 1)));
        }
        if (!notice.isEmpty() && out.size() < rows) out.add(AttributedString.fromAnsi(" ! " + notice));
        int row = cursorRow < 0 ? out.size() - 1 : Math.min(cursorRow, out.size());
        display.update(out, size.cursorPos(Math.max(0, row), 0));
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
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.exit_ca_mode);
        terminal.setAttributes(saved);
        terminal.flush();
    }
}
