package gradcards.srs;

/** Inputs of the spec's reference vectors shared by several tests. */
final class ReferenceVectors {

    /** V6: FSRS-5 (19-weight) parameters from fsrs-rs {@code test_memo_state}. */
    static final double[] V6_WEIGHTS = {0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918,
        0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072,
        0.18046261, 0.121442534};

    private ReferenceVectors() {
    }
}
