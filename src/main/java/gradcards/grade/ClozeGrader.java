package gradcards.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Grades a one-line multi-blank answer: blank by blank in order, or as a set where each blank is used once
 * and the assignment with the most right answers (then the fewest typos) wins.
 */
final class ClozeGrader {
    private final BiFunction<String, AnswerKey, Result> single;

    ClozeGrader(BiFunction<String, AnswerKey, Result> single) {
        this.single = single;
    }

    /** The overall result; per-blank verdicts are in typing order. */
    Result grade(String input, List<AnswerKey> blanks, boolean unordered) {
        if (blanks.isEmpty()) throw new IllegalArgumentException("a cloze needs at least one blank");
        List<String> typed = blanks.size() == 1 ? List.of(input == null ? "" : input) : ClozeSplitter.split(input);
        if (AnswerNormalizer.fold(input).isEmpty()) return overall(wrongs(blanks.size()), Reason.EMPTY);
        if (typed.size() != blanks.size()) {
            return overall(wrongs(blanks.size()), Reason.BLANK_COUNT)
                    .withMessage(Reason.blankCount(blanks.size(), typed.size()));
        }
        Result[][] grid = grid(typed, blanks, unordered);
        int[] assignment = unordered ? Assignment.best(grid) : Assignment.identity(typed.size());
        List<Result> chosen = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++) chosen.add(grid[i][assignment[i]]);
        return combine(chosen, assignment);
    }

    /** Results of typed answer i against blank j (only the diagonal when ordered). */
    private Result[][] grid(List<String> typed, List<AnswerKey> blanks, boolean all) {
        int n = typed.size();
        Result[][] g = new Result[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (all || i == j) g[i][j] = single.apply(typed.get(i), blanks.get(j));
            }
        }
        return g;
    }

    /** CORRECT when every blank is right, CORRECT_TYPO when some needed typo tolerance, else WRONG. */
    private static Result combine(List<Result> typedOrder, int[] assignment) {
        List<Verdict> verdicts = new ArrayList<>();
        String[] matched = new String[assignment.length];
        boolean allRight = true;
        boolean typo = false;
        for (int i = 0; i < typedOrder.size(); i++) {
            Result r = typedOrder.get(i);
            verdicts.add(r.verdict());
            matched[assignment[i]] = r.matched();
            allRight &= r.correct();
            typo |= r.verdict() == Verdict.CORRECT_TYPO;
        }
        Verdict v = !allRight ? Verdict.WRONG : typo ? Verdict.CORRECT_TYPO : Verdict.CORRECT;
        String reason = !allRight ? Reason.BLANK_WRONG : typo ? Reason.TYPO : Reason.BLANKS_OK;
        return new Result(v, String.join(", ", matched), verdicts, 0, reason, Reason.message(reason));
    }

    private static Result overall(List<Verdict> blanks, String reason) {
        return new Result(Verdict.WRONG, "", blanks, 0, reason, Reason.message(reason));
    }

    private static List<Verdict> wrongs(int n) {
        return java.util.Collections.nCopies(n, Verdict.WRONG);
    }
}
