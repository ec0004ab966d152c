package gradcards.grade;

/** How an answer was judged: right, right apart from a typo, wrong, or not an answer at all (ask again). */
public enum Verdict {
    CORRECT, CORRECT_TYPO, WRONG, INVALID;

    /** Whether the answer counts as right (with or without a typo). */
    public boolean correct() {
        return this == CORRECT || this == CORRECT_TYPO;
    }
}
