package gradcards.content;

import gradcards.i18n.Text;
import java.util.List;

/**
 * What every card has, whatever its type: identity, deck, facts taught, topic, exam subject (3 or 4), priority,
 * prompt, answer, explanation, an optional precise note (exam answer vs precise truth) and an optional demo id.
 */
public record CardInfo(String id, String deck, CardType type, List<String> facts, Topic topic, int subject,
                       boolean lowPriority, Text prompt, Text answer, Text explanation, Text precise, String demo) {

    /** "3과목" / "subject 3"; a learner's own card without a subject (0) says so. */
    public static Text subjectLabel(int subject) {
        return subject == 0 ? Text.of("과목 없음", "no subject") : Text.of(subject + "과목", "subject " + subject);
    }
}
