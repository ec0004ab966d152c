package gradcards.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.content.Card;
import gradcards.grade.Verdict;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.study.Quiz;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of {@code quiz --report FILE}: the exam report's shape with {@code "kind": "quiz"}, over the questions
 * answered; {@code "minutes"} is null (no time limit), {@code "pass"} is the quiz's 60 % mark; every question has
 * {@code "type"} and {@code "verdict"} (correct, typo, wrong); a 4-choice one has "shown_choices", "answer_given" (1–4)
 * and "correct_choice", any other type "answer_given" as the text typed.
 */
public final class QuizReportJson {
    /** The quiz's pass mark. */
    public static final double PASS = 0.6;

    private QuizReportJson() {
    }

    /** The report as indented JSON text with a final newline. */
    public static String text(List<Quiz.Answered> answered, long seconds, Lang lang) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        int score = (int) answered.stream().filter(a -> a.outcome().correct()).count();
        root.put("kind", "quiz");
        root.put("total", answered.size());
        root.put("score", score);
        root.put("seconds", seconds);
        root.putNull("minutes");
        root.put("pass", !answered.isEmpty() && score >= PASS * answered.size() - 1e-9);
        Map<Integer, int[]> subjects = new TreeMap<>();
        ArrayNode questions = root.putArray("questions");
        for (Quiz.Answered a : answered) {
            Card c = a.shown().card();
            int[] sub = subjects.computeIfAbsent(c.info().subject(), k -> new int[2]);
            sub[0]++;
            if (a.outcome().correct()) sub[1]++;
            ObjectNode q = questions.addObject();
            q.put("card_id", c.id());
            q.put("subject", c.info().subject());
            q.put("type", c.type().code());
            if (c.answering() == Card.Answering.CHOICE) {
                ArrayNode shown = q.putArray("shown_choices");
                for (Text t : a.shown().shownChoices()) shown.add(t.in(lang));
                q.put("answer_given", Integer.parseInt(a.outcome().given()));
                q.put("correct_choice", a.shown().displayedKey());
            } else {
                q.put("answer_given", a.outcome().given());
            }
            q.put("correct", a.outcome().correct());
            q.put("verdict", a.outcome().verdict() == Verdict.CORRECT ? "correct"
                    : a.outcome().verdict() == Verdict.CORRECT_TYPO ? "typo" : "wrong");
        }
        ObjectNode subs = root.putObject("subjects");
        subjects.forEach((k, v) -> subs.putObject(String.valueOf(k)).put("total", v[0]).put("score", v[1]));
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
