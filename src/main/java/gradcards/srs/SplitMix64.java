package gradcards.srs;

/**
 * The one seeded random helper of gradcards: SplitMix64 (Steele, Lea, Flood 2014), used for the review fuzz and the
 * choice order. Pure functions of their input, so a draw is reproducible from its seed.
 */
public final class SplitMix64 {
    /** The golden-ratio increment of the generator's state. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {
    }

    /** The output finaliser: a 64-bit hash of z. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One step of the generator from state x: the output for the state x + GAMMA. */
    public static long next(long x) {
        return mix(x + GAMMA);
    }

    /** A uniform double in [0, 1) from the top 53 bits of z. */
    public static double unit(long z) {
        return (z >>> 11) * 0x1.0p-53;
    }
}
