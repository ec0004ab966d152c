package gradcards.content;

/**
 * How a chosen option is kept in the wrong-answer notebook: {@code choice:K}, K its position in the deck file (1–4),
 * stable however the choices were shuffled.
 */
public final class StoredChoice {
    /** Prefix of a stored choice. */
    public static final String PREFIX = "choice:";

    private StoredChoice() {
    }

    /** The stored form of the option shown at position displayed (1–4) under this order; "" when out of range. */
    public static String of(int[] order, int displayed) {
        if (displayed < 1 || displayed > order.length) return "";
        return PREFIX + (order[displayed - 1] + 1);
    }

    /** The deck file's position (1–4) of a stored choice, or 0 when stored is not one. */
    public static int position(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) return 0;
        try {
            return Integer.parseInt(stored.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
