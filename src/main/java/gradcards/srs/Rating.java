package gradcards.srs;

/** The learner's answer to a review: FSRS grades 1 Again, 2 Hard, 3 Good, 4 Easy. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The FSRS grade G, 1..4 (also the database code). */
    public int value() {
        return value;
    }

    /** The rating with FSRS grade g (1..4). */
    public static Rating of(int g) {
        if (g < 1 || g > 4) throw new IllegalArgumentException("rating must be 1..4, got " + g);
        return values()[g - 1];
    }
}
