package gradcards.study;

/** Running totals of a session, for its summary: answers given, graded answers and right ones, distinct cards. */
public record SessionStats(int answers, int graded, int right, int cards) {

    public static final SessionStats EMPTY = new SessionStats(0, 0, 0, 0);

    /** Adds one answer; firstOfCard says the card was not studied before in this session. */
    SessionStats plus(Outcome o, boolean autoGraded, boolean firstOfCard) {
        return new SessionStats(answers + 1, graded + (autoGraded ? 1 : 0),
                right + (autoGraded && o.correct() ? 1 : 0), cards + (firstOfCard ? 1 : 0));
    }

    /** The share of auto-graded answers that were right, 0..1 (0 when none). */
    public double shareRight() {
        return graded == 0 ? 0 : (double) right / graded;
    }
}
