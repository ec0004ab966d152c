package gradcards.content;

import gradcards.grade.AnswerKey;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;

/** What grading an answer to a card needs: the grader, the synonym groups, and where the key was shown (1–4, else 0). */
public record Grading(Grader grader, Synonyms synonyms, int displayedKey) {

    /** The grader's key for a typed answer as the deck writes it. */
    public AnswerKey key(AnswerSpec s) {
        return synonyms.key(s.accept(), s.reject(), s.numeric(), s.tolerance(), s.strictTypos());
    }
}
