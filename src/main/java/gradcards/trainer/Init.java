package gradcards.trainer;

import java.util.random.RandomGenerator;

/**
 * A weight initialiser, optionally scaled: xavier_uniform U(±√(6/(in+out))), standard_uniform U(±1/√in),
 * he_normal N(0, 2/in), normal N(0, σ²) and zeros; scale multiplies every drawn weight ("×2 He").
 */
public record Init(Kind kind, double sigma, double scale) {

    /** The distribution family. */
    public enum Kind { XAVIER_UNIFORM, STANDARD_UNIFORM, HE_NORMAL, NORMAL, ZEROS }

    public static final Init XAVIER = new Init(Kind.XAVIER_UNIFORM, 0, 1);
    public static final Init STANDARD = new Init(Kind.STANDARD_UNIFORM, 0, 1);
    public static final Init HE = new Init(Kind.HE_NORMAL, 0, 1);
    public static final Init ZEROS = new Init(Kind.ZEROS, 0, 1);

    /** N(0, σ²) for every layer. */
    public static Init normal(double sigma) {
        return new Init(Kind.NORMAL, sigma, 1);
    }

    /** This initialiser with every weight multiplied by the factor. */
    public Init times(double factor) {
        return new Init(kind, sigma, scale * factor);
    }

    /** Draws a weight matrix shaped [out][in] row by row from the given generator. */
    public double[][] weights(int out, int in, RandomGenerator rng) {
        double[][] w = new double[out][in];
        boolean uniform = kind == Kind.XAVIER_UNIFORM || kind == Kind.STANDARD_UNIFORM;
        double spread = spread(out, in);
        for (double[] row : w) {
            if (kind == Kind.ZEROS) continue;
            // one loop per family, the spread computed once: the same draws and products as one switch per weight
            if (uniform) {
                for (int i = 0; i < in; i++) row[i] = scale * ((2.0 * rng.nextDouble() - 1.0) * spread);
            } else {
                for (int i = 0; i < in; i++) row[i] = scale * (rng.nextGaussian() * spread);
            }
        }
        return w;
    }

    /** The uniform limit or the normal standard deviation of a layer [out][in]. */
    private double spread(int out, int in) {
        switch (kind) {
            case XAVIER_UNIFORM: return Math.sqrt(6.0 / (in + out));
            case STANDARD_UNIFORM: return 1.0 / Math.sqrt(in);
            case HE_NORMAL: return Math.sqrt(2.0 / in);
            case NORMAL: return sigma;
            default: return 0.0;
        }
    }

    /** The stable code: "xavier_uniform", "he_normal", "normal(0.01)", "zeros", with "*2" appended when scaled. */
    public String code() {
        String base = kind == Kind.NORMAL ? "normal(" + sigma + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
        return scale == 1.0 ? base : base + "*" + scale;
    }

    /** Parses a code as written by {@link #code()}; also "xavier", "standard", "he", "normal0.01" and "2*he". */
    public static Init parse(String code) {
        String c = code.trim().toLowerCase(java.util.Locale.ROOT);
        int star = c.indexOf('*');
        if (star >= 0) {
            String left = c.substring(0, star);
            String right = c.substring(star + 1);
            boolean leftNum = !left.isEmpty() && Character.isDigit(left.charAt(0));
            return parseBase(leftNum ? right : left).times(number(leftNum ? left : right, code));
        }
        return parseBase(c);
    }

    private static Init parseBase(String c) {
        switch (c) {
            case "xavier": case "xavier_uniform": return XAVIER;
            case "standard": case "standard_uniform": return STANDARD;
            case "he": case "he_normal": return HE;
            case "zeros": return ZEROS;
            default: return parseNormal(c);
        }
    }

    private static Init parseNormal(String c) {
        if (c.startsWith("normal")) {
            String s = c.substring("normal".length()).replace("(", "").replace(")", "");
            return normal(number(s, c));
        }
        throw new IllegalArgumentException(allowed(c));
    }

    private static double number(String s, String code) {
        try {
            double v = Double.parseDouble(s);
            if (v > 0 && Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(allowed(code));
    }

    private static String allowed(String code) {
        return "unknown init '" + code + "' (allowed: xavier_uniform, standard_uniform, he_normal, normal(σ), zeros,"
                + " optionally scaled as he_normal*2)";
    }
}
