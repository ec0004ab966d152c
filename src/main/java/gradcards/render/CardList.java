package gradcards.render;

import gradcards.i18n.Counted;
import gradcards.i18n.Lang;
import gradcards.study.CardRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The lines of `gradcards cards`: one card a line (id, type, state, due, recall now, lapses, marks), then a count. */
public final class CardList {
    private final Lang lang;
    private final Style style;
    private final ZoneId zone;

    public CardList(Lang lang, Style style, ZoneId zone) {
        this.lang = lang;
        this.style = style;
        this.zone = zone;
    }

    /** The table of rows (already filtered and sorted) out of total cards in the decks. */
    public List<String> render(List<CardRow> rows, int total, Instant now) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of(lang.t("카드", "card"), lang.t("유형", "type"), lang.t("상태", "state"), lang.t("예정", "due"),
                lang.t("기억률", "recall"), lang.t("잊음", "lapses"), lang.t("표시", "marks")));
        boolean anyMarks = false;
        for (CardRow r : rows) {
            String marks = CardLabels.letters(r.marks(), now);
            anyMarks |= !marks.isEmpty();
            cells.add(List.of(r.card().id(), r.card().type().label().in(lang), CardLabels.state(r.state(), lang),
                    CardLabels.dueShort(r.due(), zone), CardLabels.recall(r.recall()), String.valueOf(r.lapses()), marks));
        }
        List<String> out = new ArrayList<>();
        if (rows.isEmpty()) {
            out.add(lang.t("조건에 맞는 카드가 없습니다 (전체 " + total + "장)", "no cards match (" + Counted.en(total, "card") + " in the decks)"));
            return out;
        }
        List<String> table = align(cells, new boolean[] {false, false, false, false, true, true, false});
        out.add(style.bold(table.get(0)));
        out.addAll(table.subList(1, table.size()));
        String count = lang.t("카드 " + rows.size() + "장 (전체 " + total + "장)", rows.size() + " of " + Counted.en(total, "card"));
        out.add(style.dim(count + (anyMarks ? " · " + CardLabels.legend(lang) : "")));
        return out;
    }

    /** Columns aligned by display width (Hangul = 2), one space apart, numbers right-aligned; no trailing spaces. */
    static List<String> align(List<List<String>> rows, boolean[] right) {
        int[] w = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < w.length; c++) w[c] = Math.max(w[c], Cells.width(row.get(c)));
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < w.length; c++) {
                if (c > 0) b.append(' ');
                b.append(right[c] ? Cells.padLeft(row.get(c), w[c]) : Cells.padRight(row.get(c), w[c]));
            }
            lines.add(b.toString().stripTrailing());
        }
        return lines;
    }
}
