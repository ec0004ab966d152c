package gradcards.study;

/** Which queue a presented card came from. */
public enum Source {
    NEW, LEARNING, REVIEW
}
