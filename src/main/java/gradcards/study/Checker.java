package gradcards.study;

import gradcards.content.AnswerSpec;
import gradcards.grade.AnswerKey;
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
        return p.card().match(
                flashcard -> revealed(),
                choice -> choice(p, input),
                ox -> of(grader.gradeOx(input, ox.truth()), input),
                typed -> of(grader.grade(input, key(typed.answer())), input),
                cloze -> of(grader.gradeCloze(input, cloze.blanks().stream().map(this::key).toList(), cloze.unordered()),
                        input));
    }

    /** A flashcard after reveal: self-rated, Good by default. */
    public static Outcome revealed() {
        return new Outcome(Verdict.CORRECT, Rating.GOOD, false, "", "");
    }

    private Outcome choice(Presentation p, String input) {
        Result r = grader.gradeChoice(input, 4);
        if (r.verdict() == Verdict.INVALID) return new Outcome(Verdict.INVALID, Rating.AGAIN, false, input, "");
        boolean right = r.chosen() == p.displayedKey();
        return new Outcome(right ? Verdict.CORRECT : Verdict.WRONG, right ? Rating.GOOD : Rating.AGAIN, !right,
                String.valueOf(r.chosen()), "");
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

    private AnswerKey key(AnswerSpec s) {
        return synonyms.key(s.accept(), s.reject(), s.numeric(), s.tolerance(), s.strictTypos());
    }
}
