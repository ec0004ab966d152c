package gradcards.srs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 21 FSRS-6 weights w0..w20, validated once; FSRS-4 (17) and FSRS-5 (19) vectors are migrated
 * to 21 as fsrs-rs {@code check_and_fill_parameters} and ts-fsrs 5.4.2 {@code migrateParameters} do.
 */
public record Parameters(double[] weights) {

    /** How many weights an FSRS-6 vector has. */
    public static final int SIZE = 21;

    /** Decay w20 of a migrated FSRS-4/5 vector (their fixed decay). */
    public static final double FSRS5_DECAY = 0.5;

    private static final double[] CURRENT_DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    private static final double[] OLDER_DEFAULTS = {
        0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178,
        1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2};

    /** Lower and upper bound of each weight (ts-fsrs CLAMP_PARAMETERS; w19 down to 0 as for FSRS-5). */
    static final double[][] BOUNDS = {
        {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, {1, 10}, {0.001, 4}, {0.001, 4},
        {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9},
        {0, 4}, {0, 1}, {1, 6}, {0, 2}, {0, 2}, {0, 0.8}, {0.1, 0.8}};

    /** Checks that the vector has 21 finite weights within bounds and keeps a private copy. */
    public Parameters {
        weights = weights.clone();
        List<String> errors = problems(weights);
        if (weights.length != SIZE) errors.add(0, "expected " + SIZE + " weights, got " + weights.length);
        if (!errors.isEmpty()) throw new IllegalArgumentException(message(errors));
    }

    /** The current FSRS-6 defaults (fsrs-rs DEFAULT_PARAMETERS, ts-fsrs default_w). */
    public static Parameters defaults() {
        return new Parameters(CURRENT_DEFAULTS);
    }

    /** The older FSRS-6 defaults that java-fsrs 1.0.0 ships (reference vector V7). */
    public static Parameters olderDefaults() {
        return new Parameters(OLDER_DEFAULTS);
    }

    /** Weights of length 17, 19 or 21, validated together and migrated to FSRS-6. */
    public static Parameters of(double... w) {
        List<String> errors = problems(w);
        if (w.length != 17 && w.length != 19 && w.length != SIZE) {
            errors.add(0, "expected 17, 19 or 21 weights (FSRS-4, 5 or 6), got " + w.length);
        }
        if (!errors.isEmpty()) throw new IllegalArgumentException(message(errors));
        return new Parameters(clampAll(migrate(w)));
    }

    /** Weight w_i. */
    public double w(int i) {
        return weights[i];
    }

    /** A copy of all 21 weights. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The forgetting-curve decay w20. */
    public double decay() {
        return weights[20];
    }

    /** These weights with one replaced (used by config-dependent clipping and tests). */
    public Parameters with(int i, double value) {
        double[] copy = weights.clone();
        copy[i] = value;
        return new Parameters(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Parameters" + Arrays.toString(weights);
    }

    private static double[] migrate(double[] w) {
        if (w.length == SIZE) return w.clone();
        double[] out = Arrays.copyOf(w, SIZE);
        out[20] = FSRS5_DECAY;
        if (w.length == 17) {
            out[4] = Fsrs.roundTo8(w[5] * 2 + w[4]);
            out[5] = Fsrs.roundTo8(Math.log(w[5] * 3 + 1) / 3);
            out[6] = Fsrs.roundTo8(w[6] + 0.5);
        }
        return out;
    }

    // A 17-weight vector can migrate slightly out of bounds (w4 + 2·w5 > 10); ts-fsrs clips it.
    private static double[] clampAll(double[] w) {
        double[] out = w.clone();
        for (int i = 0; i < out.length; i++) out[i] = Fsrs.clamp(out[i], BOUNDS[i][0], BOUNDS[i][1]);
        return out;
    }

    private static List<String> problems(double[] w) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < Math.min(w.length, SIZE); i++) {
            if (!Double.isFinite(w[i])) {
                errors.add("w" + i + " = " + w[i] + " is not a finite number");
            } else if (w[i] < BOUNDS[i][0] || w[i] > BOUNDS[i][1]) {
                errors.add("w" + i + " = " + w[i] + " is outside [" + BOUNDS[i][0] + ", " + BOUNDS[i][1] + "]");
            }
        }
        return errors;
    }

    private static String message(List<String> errors) {
        return "invalid FSRS parameters: " + String.join("; ", errors);
    }
}
