package gradcards.ui;

import gradcards.i18n.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a screen fits the window: a body that scrolls and a footer that is always shown (the rating row, the keys),
 * with the prompt line below it. When the body is clipped, one line between body and footer says where it is and
 * how to scroll. Shared by the terminal console and the scripted test console, so the tests see what a terminal shows.
 */
final class Viewport {
    /** Keys the console reads as scrolling: arrows, page keys (from their escape sequences). */
    static final String UP = "\u0000up";
    static final String DOWN = "\u0000down";
    static final String PAGE_UP = "\u0000pgup";
    static final String PAGE_DOWN = "\u0000pgdn";

    private final Lang lang;
    private List<String> body = List.of();
    private List<String> footer = List.of();
    private int offset;
    /** The screen before the current one and its scroll: coming back from help or a demo finds the card where it was. */
    private List<String> previousBody = List.of();
    private int previousOffset;
    /** Body rows shown at the last layout; a page is that many rows minus one. */
    private int shownRows = 1;

    Viewport(Lang lang) {
        this.lang = lang;
    }

    /** A new screen: its last footerLines lines stay put. The same screen again (a redraw) keeps its scroll; a screen
     * that continues the one shown (the answer below the question) scrolls to where the new part starts. */
    void show(List<String> lines, int footerLines) {
        int f = Math.max(0, Math.min(footerLines, lines.size()));
        List<String> newBody = List.copyOf(lines.subList(0, lines.size() - f));
        int common = 0;
        while (common < body.size() && common < newBody.size() && body.get(common).equals(newBody.get(common))) common++;
        int keep = offset;
        if (common == newBody.size() && common == body.size()) {
            // the same screen again: keep the scroll
        } else if (newBody.equals(previousBody)) {
            offset = previousOffset;
        } else if (common >= 3 && newBody.size() > body.size()) {
            offset = Math.max(0, common - 1);
        } else {
            offset = 0;
        }
        if (!(common == newBody.size() && common == body.size())) {
            previousBody = body;
            previousOffset = keep;
        }
        body = newBody;
        footer = List.copyOf(lines.subList(lines.size() - f, lines.size()));
    }

    /** The rows to draw in a window of `rows` rows of which `reserved` (prompt, notice) are kept free below. */
    List<String> layout(int rows, int reserved) {
        int room = Math.max(1, rows - reserved - footer.size());
        List<String> out = new ArrayList<>();
        if (body.size() <= room) {
            offset = 0;
            out.addAll(body);
        } else {
            int visible = Math.max(1, room - 1); // one row for the scroll line
            offset = Math.max(0, Math.min(offset, body.size() - visible));
            out.addAll(body.subList(offset, offset + visible));
            out.add(scrollLine(offset, visible));
            shownRows = visible;
        }
        out.addAll(footer);
        return out;
    }

    /** Whether the body does not fit and so scrolls (known after a layout). */
    boolean clipped(int rows, int reserved) {
        return body.size() > Math.max(1, rows - reserved - footer.size());
    }

    /** Scrolls for a scroll key (also j/k while the body is clipped); false if the key is not one. */
    boolean scroll(String key, boolean clipped) {
        if (!clipped) return UP.equals(key) || DOWN.equals(key) || PAGE_UP.equals(key) || PAGE_DOWN.equals(key);
        int page = Math.max(1, shownRows - 1);
        switch (key) {
            case UP: case "k": case "ㅏ": offset = Math.max(0, offset - 1); return true;
            case DOWN: case "j": case "ㅓ": offset++; return true;
            case PAGE_UP: offset = Math.max(0, offset - page); return true;
            case PAGE_DOWN: offset += page; return true;
            default: return false;
        }
    }

    private String scrollLine(int from, int visible) {
        boolean above = from > 0;
        boolean below = from + visible < body.size();
        String arrows = (above ? "↑" : " ") + (below ? "↓" : " ");
        String where = (from + 1) + "–" + (from + visible) + "/" + body.size();
        return "  " + arrows + " " + lang.t("더 있음 (" + where + ") · ↑/↓ j/k 한 줄 · PgUp/PgDn 한 쪽",
                "more (" + where + ") · ↑/↓ j/k line · PgUp/PgDn page");
    }
}
