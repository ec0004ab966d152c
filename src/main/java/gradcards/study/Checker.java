package gradcards.study;

import gradcards.content.Grading;
import gradcards.grade.Grader;
import gradcards.grade.Reason;
import gradcards.grade.Result;
import gradcards.grade.Synonyms;
import gradcards.grade.Verdict;
import gradcards.srs.Rating;

/** Judges a learner's input for a presented card, per question type; INVALID input means "ask again". */
public final class Checker {
    private final Grader grader;
    private final Synonyms synonyms;

    public Checker(Grader grader, Synonyms synonyms) {
        this.grader = grader;
        this.synonyms = synonyms;
    }

    /** The outcome of input for the presentation; a Verdict.INVALID outcome leaves the question open. */
    public Outcome check(Presentation p, String input) {
        if (p.card().revealOnly()) return revealed();
        Result r = p.card().grade(input, new Grading(grader, synonyms, p.displayedKey()));
        return of(r, r.chosen() > 0 ? String.valueOf(r.chosen()) : input); // a choice is kept as the number chosen
    }

    /** A flashcard after reveal: self-rated, Good by default. */
    public static Outcome revealed() {
        return new Outcome(Verdict.CORRECT, Rating.GOOD, false, "", "");
    }

    private static Outcome of(Result r, String input) {
        switch (r.verdict()) {
            case CORRECT: return new Outcome(Verdict.CORRECT, Rating.GOOD, false, input, r.matched());
            case CORRECT_TYPO: return new Outcome(Verdict.CORRECT_TYPO, Rating.HARD, false, input, r.matched());
            case WRONG: return new Outcome(Verdict.WRONG, Rating.AGAIN, true, input, r.reason(), helpful(r));
            default: return new Outcome(Verdict.INVALID, Rating.AGAIN, false, input, r.reason(), r.message());
        }
    }

    /** The grader's line when it says more than "wrong": a related term, a value off, a blank count. */
    private static gradcards.i18n.Text helpful(Result r) {
        return java.util.Set.of(Reason.REJECTED, Reason.NEAR_REJECT, Reason.NUMERIC_OFF, Reason.BLANK_COUNT,
                Reason.TOO_LONG).contains(r.reason()) ? r.message() : null;
    }
}
