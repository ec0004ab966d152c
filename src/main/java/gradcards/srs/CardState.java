package gradcards.srs;

/** Where a card is in its life: New, Learning (steps), Review, Relearning (after a lapse). */
public enum CardState {
    NEW("New"), LEARNING("Learning"), REVIEW("Review"), RELEARNING("Relearning");

    private final String code;

    CardState(String code) {
        this.code = code;
    }

    /** The database and export name: New, Learning, Review or Relearning. */
    public String code() {
        return code;
    }

    /** The FSRS optimizer's revlog number: 0 New, 1 Learning, 2 Review, 3 Relearning. */
    public int revlogCode() {
        return ordinal();
    }

    /** The state with this database name. */
    public static CardState fromCode(String code) {
        for (CardState s : values()) {
            if (s.code.equals(code)) return s;
        }
        throw new IllegalArgumentException("unknown card state: " + code);
    }
}
