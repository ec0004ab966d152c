package gradcards.study;

import gradcards.grade.Verdict;
import gradcards.srs.Rating;

/**
 * How an answer was judged: the verdict (flashcards are self-rated and count as correct), the rating Enter takes,
 * whether only Again is allowed (a wrong auto-graded answer), what the learner gave, and a detail for feedback.
 */
public record Outcome(Verdict verdict, Rating defaultRating, boolean onlyAgain, String given, String detail) {

    public boolean correct() {
        return verdict == Verdict.CORRECT || verdict == Verdict.CORRECT_TYPO;
    }

    /** Whether the learner may give this rating after this outcome. */
    public boolean allows(Rating r) {
        return !onlyAgain || r == Rating.AGAIN;
    }
}
