package gradcards.render;

import gradcards.i18n.Counted;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.i18n.Lang;
import gradcards.srs.Memory;
import gradcards.study.Marks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The lines of `gradcards card ID`: the card in full, its memory and marks, and its whole review history. */
public final class CardDetail {
    /** One past answer: when, the rating (1–4), the mode (study, quiz) and the state before it. */
    public record Past(Instant at, gradcards.srs.Rating rating, String mode, gradcards.srs.CardState before) {
    }

    private final Lang lang;
    private final Style style;
    private final ZoneId zone;
    private final int width;

    public CardDetail(Lang lang, Style style, ZoneId zone, int width) {
        this.lang = lang;
        this.style = style;
        this.zone = zone;
        this.width = Math.max(40, width);
    }

    /** The card (null when it is no longer in the decks), its memory (null if never studied), marks and history. */
    public List<String> render(String id, Card card, Memory memory, double recall, Marks marks, List<Past> history,
                               Instant now) {
        List<String> out = new ArrayList<>();
        if (card == null) {
            out.add(style.bold(" " + id) + lang.t(" · 덱에 더 이상 없는 카드", " · no longer in the decks"));
        } else {
            out.addAll(card(card));
        }
        out.add(rule());
        out.addAll(memory(memory, recall, now));
        labelled(out, lang.t("표시", "Marks"), CardLabels.words(marks, now, zone, lang));
        out.add(rule());
        out.addAll(history(history));
        return out;
    }

    private List<String> card(Card card) {
        CardInfo i = card.info();
        List<String> out = new ArrayList<>();
        out.add(style.bold(" " + i.id()) + " · " + i.type().label().in(lang) + " · "
                + lang.t(i.subject() + "과목", "subject " + i.subject()) + " · " + i.topic().label().in(lang)
                + " · " + lang.t("덱 ", "deck ") + i.deck());
        out.add(rule());
        wrap(out, i.prompt().in(lang).replaceAll("\\{\\{(\\d+)}}", "( $1 )"), "  ", "  ");
        for (int k = 0; k < card.choices().size(); k++) { // a 4-choice card's choices, its key marked
            String mark = k + 1 == card.key() ? " ✔" : "";
            wrap(out, (k + 1) + ") " + card.choices().get(k).in(lang) + mark, "   ", "      ");
        }
        out.add("");
        labelled(out, lang.t("정답", "Answer"), answer(card));
        labelled(out, lang.t("해설", "Why"), i.explanation().in(lang));
        if (i.precise() != null) labelled(out, lang.t("정확히는", "Precisely"), i.precise().in(lang));
        if (i.demo() != null) {
            labelled(out, lang.t("데모", "Demo"), i.demo() + " (gradcards demo run " + i.demo() + ")");
        }
        return out;
    }

    private String answer(Card card) {
        return card.keyedAnswer().in(lang);
    }

    private List<String> memory(Memory m, double recall, Instant now) {
        List<String> out = new ArrayList<>();
        if (m == null || m.isNew()) {
            labelled(out, lang.t("기억", "Memory"), lang.t("아직 공부하지 않은 새 카드", "new: not studied yet"));
            return out;
        }
        String due = CardLabels.dueLong(m.due(), zone);
        Duration until = Duration.between(now, m.due());
        String when = until.isNegative() || until.isZero() ? lang.t("지금", "now")
                : lang.t(Intervals.format(until, lang) + " 뒤", "in " + Intervals.format(until, lang));
        labelled(out, lang.t("기억", "Memory"), CardLabels.state(m.state(), lang) + " · "
                + lang.t("안정도 ", "stability ") + String.format(java.util.Locale.ROOT, "%.2f", m.stability())
                + lang.t("일", " d") + " · " + lang.t("난이도 ", "difficulty ")
                + String.format(java.util.Locale.ROOT, "%.2f", m.difficulty()) + " · " + lang.t("지금 기억률 ", "recall now ")
                + CardLabels.recall(recall));
        labelled(out, "", lang.t("다음 복습 " + due + " (" + when + ") · 복습 " + m.reps() + "번 · 잊음 " + m.lapses() + "번",
                "next due " + due + " (" + when + ") · " + Counted.en(m.reps(), "review") + " · "
                        + Counted.en(m.lapses(), "lapse")));
        return out;
    }

    private List<String> history(List<Past> history) {
        List<String> out = new ArrayList<>();
        if (history.isEmpty()) {
            out.add("  " + lang.t("답한 기록 없음", "no answers yet"));
            return out;
        }
        out.add("  " + style.bold(lang.t("답한 기록 " + history.size() + "개", Counted.en(history.size(), "answer"))));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(lang.t("시각", "when"), lang.t("방식", "mode"), lang.t("이전 상태", "before"), lang.t("평가", "rating")));
        for (Past p : history) {
            rows.add(List.of(CardLabels.dueLong(p.at(), zone), mode(p.mode()), CardLabels.state(p.before(), lang),
                    p.rating().value() + " " + RatingLabels.name(p.rating(), lang)));
        }
        List<String> table = CardList.align(rows, new boolean[4]);
        out.add("  " + style.dim(table.get(0)));
        for (String l : table.subList(1, table.size())) out.add("  " + l);
        return out;
    }

    private String mode(String mode) {
        return "quiz".equals(mode) ? lang.t("점검", "quiz") : "study".equals(mode) ? lang.t("학습", "study") : mode;
    }

    /** A label in a 10-column margin and the text wrapped beside it. */
    private void labelled(List<String> out, String label, String text) {
        List<String> lines = Cells.wrap(text, width - 13);
        for (int j = 0; j < lines.size(); j++) out.add("  " + Cells.padRight(j == 0 ? label : "", 10) + lines.get(j));
    }

    private String rule() {
        return " " + style.dim("─".repeat(width - 2));
    }

    private void wrap(List<String> out, String text, String first, String rest) {
        List<String> lines = Cells.wrap(text, width - Cells.width(first) - 1);
        for (int j = 0; j < lines.size(); j++) out.add((j == 0 ? first : rest) + lines.get(j));
    }
}
