package gradcards.study;

import gradcards.grade.Verdict;
import gradcards.i18n.Text;
import gradcards.srs.Rating;

/**
 * How an answer was judged: the verdict (flashcards are self-rated and count as correct), the rating Enter takes,
 * whether only Again is allowed (a wrong auto-graded answer), what the learner gave, the matched form or reason,
 * and the grader's feedback line (null when there is nothing to add).
 */
public record Outcome(Verdict verdict, Rating defaultRating, boolean onlyAgain, String given, String detail,
                      Text feedback) {

    /** An outcome without a feedback line. */
    public Outcome(Verdict verdict, Rating defaultRating, boolean onlyAgain, String given, String detail) {
        this(verdict, defaultRating, onlyAgain, given, detail, null);
    }

    public boolean correct() {
        return verdict == Verdict.CORRECT || verdict == Verdict.CORRECT_TYPO;
    }

    /** Whether the learner may give this rating after this outcome. */
    public boolean allows(Rating r) {
        return !onlyAgain || r == Rating.AGAIN;
    }
}
