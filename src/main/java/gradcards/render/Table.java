package gradcards.render;

import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table measured in display columns (Hangul = 2): fixed-width columns plus one flexible column
 * that takes the remaining width; long cells wrap inside their column.
 */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] rightAligned;
    private final int flexible;

    /** A table with these headers; `flexible` is the index of the column that absorbs the free width. */
    public Table(List<String> headers, int flexible, boolean... rightAligned) {
        this.headers = headers;
        this.flexible = flexible;
        this.rightAligned = rightAligned.length == headers.size() ? rightAligned : new boolean[headers.size()];
    }

    /** Adds one row (one cell per header). */
    public Table add(List<String> cells) {
        rows.add(cells);
        return this;
    }

    /** The header (bold), then each row, every line at most `columns` wide. */
    public List<String> render(int columns, Style style) {
        int[] widths = widths(columns);
        List<String> lines = new ArrayList<>();
        lines.add(style.bold(line(headers, widths)).stripTrailing());
        for (List<String> row : rows) lines.addAll(rowLines(row, widths));
        return lines;
    }

    private int[] widths(int columns) {
        int[] w = new int[headers.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = Cells.width(headers.get(c));
            for (List<String> row : rows) w[c] = Math.max(w[c], Cells.width(row.get(c)));
            if (c != flexible) w[c] = Math.min(w[c], Math.max(Cells.width(headers.get(c)), columns / 4));
        }
        int fixed = 1 + 2 * (w.length - 1);
        for (int c = 0; c < w.length; c++) if (c != flexible) fixed += w[c];
        w[flexible] = Math.max(6, Math.min(w[flexible], columns - fixed));
        return w;
    }

    private List<String> rowLines(List<String> row, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < row.size(); c++) {
            List<String> cell = Cells.wrap(row.get(c), widths[c]);
            wrapped.add(cell);
            height = Math.max(height, cell.size());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            List<String> cells = new ArrayList<>();
            for (List<String> cell : wrapped) cells.add(i < cell.size() ? cell.get(i) : "");
            lines.add(line(cells, widths).stripTrailing());
        }
        return lines;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) b.append("  ");
            String cell = Cells.truncate(cells.get(c), widths[c]);
            b.append(rightAligned[c] ? Cells.padLeft(cell, widths[c]) : Cells.padRight(cell, widths[c]));
        }
        return b.toString();
    }
}
