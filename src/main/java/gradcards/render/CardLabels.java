package gradcards.render;

import gradcards.i18n.Lang;
import gradcards.srs.CardState;
import gradcards.study.Marks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Words for a card's state, marks, recall and due time in the browser and the card view, in both languages. */
final class CardLabels {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private CardLabels() {
    }

    static String state(CardState s, Lang lang) {
        switch (s) {
            case NEW: return lang.t("새 카드", "New");
            case LEARNING: return lang.t("학습 중", "Learning");
            case REVIEW: return lang.t("복습", "Review");
            default: return lang.t("재학습", "Relearning");
        }
    }

    /** The marks as letters (S suspended, B buried, F flagged, L leech), "" when none. */
    static String letters(Marks m, Instant now) {
        return (m.suspended() ? "S" : "") + (m.buriedAt(now) ? "B" : "") + (m.flagged() ? "F" : "") + (m.leech() ? "L" : "");
    }

    /** The marks in words, or "none". */
    static String words(Marks m, Instant now, ZoneId zone, Lang lang) {
        List<String> w = new ArrayList<>();
        if (m.suspended()) w.add(lang.t("중지됨", "suspended"));
        if (m.buriedAt(now)) {
            String until = LONG.format(m.buriedUntil().atZone(zone));
            w.add(lang.t(until + "까지 묻어 둠", "buried until " + until));
        }
        if (m.flagged()) w.add(lang.t("표시됨", "flagged"));
        if (m.leech()) w.add(lang.t("거머리", "leech"));
        return w.isEmpty() ? lang.t("없음", "none") : String.join(", ", w);
    }

    static String legend(Lang lang) {
        return lang.t("S 중지 · B 묻어 둠 · F 표시 · L 거머리", "S suspended · B buried · F flagged · L leech");
    }

    /** Probability of recall as a whole percentage, "–" for a card never studied. */
    static String recall(double r) {
        return Double.isNaN(r) ? "–" : Math.round(r * 100) + "%";
    }

    static String dueShort(Instant due, ZoneId zone) {
        return due == null ? "–" : SHORT.format(due.atZone(zone));
    }

    static String dueLong(Instant due, ZoneId zone) {
        return due == null ? "–" : LONG.format(due.atZone(zone));
    }
}
