package gradcards.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.exam.ExamResult;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;

/**
 * The JSON of {@code exam --report FILE}: {@code {"kind": "exam", "total", "score", "seconds", "minutes", "pass",
 * "subjects": {"3": {"total", "score"}, …}, "questions": [{"card_id", "subject", "shown_choices", "answer_given",
 * "correct_choice", "correct"}]}}; shown choices in the order shown, in the interface language.
 */
public final class ExamReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExamReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode of(ExamResult r, Lang lang) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", "exam");
        root.put("total", r.total());
        root.put("score", r.score());
        root.put("seconds", r.used().toSeconds());
        root.put("minutes", r.limit().toSeconds() / 60.0);
        root.put("pass", r.pass());
        ObjectNode subjects = root.putObject("subjects");
        r.subjects().forEach((k, p) -> subjects.putObject(String.valueOf(k)).put("total", p.total()).put("score", p.score()));
        ArrayNode questions = root.putArray("questions");
        for (ExamResult.Row row : r.rows()) {
            ObjectNode q = questions.addObject();
            q.put("card_id", row.question().card().id());
            q.put("subject", row.question().subject());
            ArrayNode shown = q.putArray("shown_choices");
            for (int i : row.question().order()) {
                Text t = row.question().card().choices().get(i);
                shown.add(t.in(lang));
            }
            if (row.given() == null) q.putNull("answer_given");
            else q.put("answer_given", row.given());
            q.put("correct_choice", row.correctChoice());
            q.put("correct", row.correct());
        }
        return root;
    }

    /** The report as indented JSON text with a final newline. */
    public static String text(ExamResult r, Lang lang) {
        try {
            return JSON.writeValueAsString(of(r, lang)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
