package gradcards.render;

import gradcards.content.CardInfo;
import gradcards.content.CardType;
import gradcards.content.ContentStats;
import gradcards.content.Topic;
import gradcards.i18n.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * `gradcards content stats` as lines of at most `columns`: cards by type, topic and subject (named in the interface
 * language), where the 4-choice keys sit, then per fact its cards, demo and card types, and the gaps.
 */
public final class ContentStatsView {
    private static final int LABEL = 14;

    private final Lang lang;
    private final Style style;
    private final int columns;

    public ContentStatsView(Lang lang, Style style, int columns) {
        this.lang = lang;
        this.style = style;
        this.columns = Math.max(40, columns);
    }

    /** The whole report. */
    public List<String> render(ContentStats s) {
        List<String> out = new ArrayList<>();
        out.add(style.bold(lang.t("카드 " + s.cards() + "장", gradcards.i18n.Counted.en(s.cards(), "card"))));
        out.addAll(counts(lang.t("유형", "by type"), s.byType(), this::type));
        out.addAll(counts(lang.t("주제", "by topic"), s.byTopic(), this::topic));
        out.addAll(counts(lang.t("과목", "by subject"), s.bySubject(), this::subject));
        int[] k = s.keyPositions();
        out.addAll(labelled(lang.t("정답 위치", "key position"), List.of("1: " + k[0], "2: " + k[1], "3: " + k[2],
                "4: " + k[3], lang.t("'옳지 않은 것은?' ", "which is NOT correct: ") + s.incorrectPolarity())));
        out.add("");
        Table facts = new Table(List.of(lang.t("사실", "fact"), lang.t("카드", "cards"), lang.t("데모", "demo"),
                lang.t("유형", "types")), 3, false, true, false, false);
        for (var e : s.facts().entrySet()) {
            var f = e.getValue();
            facts.add(List.of(e.getKey(), String.valueOf(f.cards()), f.demo() == null ? "–" : f.demo(),
                    String.join(", ", f.types().stream().map(this::type).toList())));
        }
        for (String l : facts.render(columns - 2, style)) out.add(" " + l);
        out.add("");
        out.addAll(labelled(lang.t("다루지 않은 사실", "facts not covered"), s.uncovered().isEmpty() ? List.of("–") : s.uncovered()));
        out.addAll(labelled(lang.t("한 유형만 있는 사실", "facts with a single type"),
                s.singleType().isEmpty() ? List.of("–") : s.singleType()));
        return out;
    }

    private String type(String code) {
        CardType t = CardType.fromCode(code);
        return t == null ? code : t.label().in(lang);
    }

    private String topic(String code) {
        Topic t = Topic.fromCode(code);
        return t == null ? code : t.label().in(lang);
    }

    private String subject(String code) {
        try {
            return CardInfo.subjectLabel(Integer.parseInt(code)).in(lang);
        } catch (NumberFormatException e) {
            return code;
        }
    }

    private List<String> counts(String label, Map<String, Integer> counts, Function<String, String> name) {
        List<String> items = new ArrayList<>();
        counts.forEach((code, n) -> items.add(name.apply(code) + " " + n));
        return labelled(label, items);
    }

    /** "  label         item · item · item", continued under the items when they do not fit one line. */
    private List<String> labelled(String label, List<String> items) {
        int indent = 2 + Math.max(LABEL, Cells.width(label) + 2);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder("  " + Cells.padRight(label, indent - 2));
        int used = indent;
        boolean first = true;
        for (String item : items) {
            int w = Cells.width(item) + (first ? 0 : 3);
            if (!first && used + w > columns - 1) {
                out.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
                used = indent;
                first = true;
                w = Cells.width(item);
            }
            line.append(first ? "" : " · ").append(item);
            used += w;
            first = false;
        }
        out.add(line.toString());
        return out;
    }
}
