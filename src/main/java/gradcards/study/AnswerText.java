package gradcards.study;

import gradcards.content.StoredChoice;
import gradcards.grade.Verdict;

/**
 * What the learner gave, as the wrong-answer notebook stores it ("last answer given"), the same for study, quiz and
 * exam: the text typed (short answer, cloze), {@code O} or {@code X} (O/X), the chosen option as {@code choice:K} with
 * K its position in the deck file (1–4; stable however the choices were shuffled, shown in the reader's language),
 * and nothing (empty) for a flashcard rated Again or a blank exam answer.
 */
public final class AnswerText {
    /** Prefix of a stored 4-choice answer: {@code choice:K}, K the deck file's position 1–4. */
    public static final String CHOICE = StoredChoice.PREFIX;

    private AnswerText() {
    }

    /** The stored form of an outcome for a presented card ("" when there is nothing to keep). */
    public static String of(Presentation p, Outcome o) {
        if (o == null || o.verdict() == Verdict.INVALID || o.given() == null || o.given().isEmpty()) return "";
        return p.card().storedAnswer(o.given(), o.correct(), p.order());
    }

    /** The stored form of the option shown at position displayed (1–4) under this order; "" when out of range. */
    public static String choice(int[] order, int displayed) {
        return StoredChoice.of(order, displayed);
    }

    /** The deck file's position (1–4) of a stored 4-choice answer, or 0 when stored is not one. */
    public static int choiceOf(String stored) {
        return StoredChoice.position(stored);
    }
}
