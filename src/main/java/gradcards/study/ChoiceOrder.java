package gradcards.study;

import gradcards.srs.SplitMix64;

/** The shuffled order of a 4-choice question: deterministic in (seed, card id, presentation number). */
public final class ChoiceOrder {
    private ChoiceOrder() {
    }

    /** A permutation of 0..n-1: displayed position i shows the file's choice order[i]. */
    public static int[] shuffle(int n, long seed, String cardId, int presentation) {
        long state = SplitMix64.mix(seed ^ SplitMix64.mix(cardId.hashCode() * SplitMix64.GAMMA + presentation));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            state = SplitMix64.next(state);
            int j = (int) Long.remainderUnsigned(state, i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
