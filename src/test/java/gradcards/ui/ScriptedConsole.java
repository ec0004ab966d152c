package gradcards.ui;

import gradcards.render.Cells;
import gradcards.render.Style;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A terminal stand-in for tests: it keeps the screen the way {@link TerminalConsole} draws it (the rows of the
 * last screen that fit, through the same Viewport, each cut to columns − 1, the prompt on the line below, a notice under that) and records that screen as
 * a frame every time the loop waits for input; the input comes from a script, and the end of the script is Ctrl-D.
 */
final class ScriptedConsole implements Console {
    /** One recorded screen: what was asked for (KEY or LINE), the rows shown, and the scripted answer (null = end). */
    record Frame(Input kind, List<String> rows, String answer) {
    }

    private final int columns;
    private final int rows;
    private final Iterator<String> script;
    private final List<Frame> frames = new ArrayList<>();
    private final Viewport viewport;
    private String notice = "";

    ScriptedConsole(int columns, int rows, List<String> script) {
        this(columns, rows, script, gradcards.i18n.Lang.EN);
    }

    /** lang: the language of the scroll line a clipped screen shows. */
    ScriptedConsole(int columns, int rows, List<String> script, gradcards.i18n.Lang lang) {
        this.viewport = new Viewport(lang);
        this.columns = columns;
        this.rows = rows;
        this.script = script.iterator();
    }

    @Override
    public boolean redraws() {
        return true;
    }

    @Override
    public int width() {
        return Math.max(40, columns - 1);
    }

    @Override
    public void show(List<String> lines) {
        show(lines, 0);
    }

    @Override
    public void show(List<String> lines, int footerLines) {
        viewport.show(lines, footerLines);
    }

    /** Records a frame per key; a scroll key (↑/↓, PgUp/PgDn, j/k while clipped) moves the screen like a terminal. */
    @Override
    public String read(Input kind, String prompt) {
        while (true) {
            List<String> screen = new ArrayList<>();
            for (String l : viewport.layout(rows - 1, 1)) {
                if (screen.size() >= rows - 2) break;
                screen.add(Cells.truncate(Style.strip(l), columns - 1).stripTrailing());
            }
            screen.add(Cells.truncate(Style.strip(prompt), columns - 1).stripTrailing());
            if (!notice.isEmpty()) screen.add((" ! " + Style.strip(notice)).stripTrailing());
            notice = "";
            String answer = script.hasNext() ? script.next() : null;
            frames.add(new Frame(kind, List.copyOf(screen), answer));
            if (kind == Input.LINE || answer == null || !viewport.scroll(answer, viewport.clipped(rows - 1, 1))) {
                return answer;
            }
        }
    }

    @Override
    public void notice(String line) {
        notice = line;
    }

    /** Every frame recorded so far. */
    List<Frame> frames() {
        return frames;
    }

    /** The frames as text: a header line per frame ("── 3 · KEY ← "2""), then its rows. */
    String transcript() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            String answer = f.answer() == null ? "end of input" : switch (f.answer()) {
                case Viewport.UP -> "↑";
                case Viewport.DOWN -> "↓";
                case Viewport.PAGE_UP -> "PgUp";
                case Viewport.PAGE_DOWN -> "PgDn";
                default -> "\"" + f.answer() + "\"";
            };
            b.append("── ").append(i + 1).append(" · ").append(f.kind()).append(" ← ").append(answer).append('\n');
            for (String r : f.rows()) b.append(r).append('\n');
        }
        return b.toString();
    }
}
