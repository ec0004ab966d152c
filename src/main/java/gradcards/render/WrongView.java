package gradcards.render;

import gradcards.i18n.Counted;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.content.Card;
import gradcards.i18n.Lang;
import gradcards.store.ExamRecords;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The wrong-answer notebook as a table or JSON. */
public final class WrongView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private WrongView() {
    }

    /** The table: card, topic, times wrong, last wrong, last answer given; a line when the notebook is empty. */
    public static List<String> table(List<ExamRecords.WrongNote> notes, Map<String, Card> cards, ZoneId zone, Lang lang,
                                     Style style) {
        List<String> out = new ArrayList<>();
        out.add(" " + style.bold(lang.t("오답 노트", "Wrong-answer notebook")) + " · "
                + lang.t(notes.size() + "장 · 연달아 두 번 맞히면 빠집니다",
                        Counted.en(notes.size(), "card") + " · a card leaves after two right answers in a row"));
        out.add(" " + style.dim("─".repeat(76)));
        if (notes.isEmpty()) {
            out.add("  " + lang.t("비어 있습니다", "empty"));
            return out;
        }
        out.add("  " + style.dim(Cells.padRight(lang.t("카드", "card"), 26) + Cells.padRight(lang.t("주제", "topic"), 12)
                + Cells.padLeft(lang.t("틀림", "wrong"), 5) + "  " + Cells.padRight(lang.t("마지막", "last wrong"), 12)
                + lang.t("마지막 답", "last answer")));
        for (ExamRecords.WrongNote n : notes) {
            Card c = cards.get(n.cardId());
            String topic = c == null ? "–" : c.info().topic().label().in(lang);
            String given = given(n, c, lang);
            if (given == null) given = "–";
            out.add("  " + Cells.padRight(Cells.truncate(n.cardId(), 25), 26) + Cells.padRight(topic, 12)
                    + Cells.padLeft(String.valueOf(n.timesWrong()), 5) + "  "
                    + Cells.padRight(WHEN.format(n.lastWrongAt().atZone(zone)), 12) + Cells.truncate(given, 19));
        }
        out.add(" " + style.dim("─".repeat(76)));
        out.add("  " + lang.t("gradcards quiz --wrong 으로 다시 풀기", "gradcards quiz --wrong drills them"));
        return out;
    }

    /**
     * The last answer given as the reader sees it (null: none kept — a blank exam answer, a flashcard rated Again):
     * typed text, O or X, or a 4-choice answer's option text in the reader's language.
     */
    static String given(ExamRecords.WrongNote n, Card c, Lang lang) {
        String stored = n.lastAnswer();
        if (stored == null || stored.isEmpty()) return null;
        int k = gradcards.study.AnswerText.choiceOf(stored);
        if (k > 0 && c != null && k <= c.choices().size()) return c.choices().get(k - 1).in(lang);
        return stored;
    }

    /** {@code {"count", "cards": [{"card_id", "topic", "times_wrong", "last_wrong", "last_answer", "right_in_row"}]}}. */
    public static String json(List<ExamRecords.WrongNote> notes, Map<String, Card> cards, Lang lang) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("count", notes.size());
        ArrayNode arr = root.putArray("cards");
        for (ExamRecords.WrongNote n : notes) {
            Card c = cards.get(n.cardId());
            ObjectNode o = arr.addObject();
            o.put("card_id", n.cardId());
            if (c == null) o.putNull("topic");
            else o.put("topic", c.info().topic().code());
            o.put("times_wrong", n.timesWrong());
            o.put("last_wrong", n.lastWrongAt().toString());
            String given = given(n, c, lang);
            if (given == null) o.putNull("last_answer");
            else o.put("last_answer", given);
            o.put("right_in_row", n.rightInRow());
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
