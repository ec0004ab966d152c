package gradcards.study;

/** The shuffled order of a 4-choice question: deterministic in (seed, card id, presentation number). */
public final class ChoiceOrder {
    private ChoiceOrder() {
    }

    /** A permutation of 0..n-1: displayed position i shows the file's choice order[i]. */
    public static int[] shuffle(int n, long seed, String cardId, int presentation) {
        long state = mix(seed ^ mix(cardId.hashCode() * 0x9E3779B97F4A7C15L + presentation));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            state = mix(state + 0x9E3779B97F4A7C15L);
            int j = (int) Long.remainderUnsigned(state, i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
