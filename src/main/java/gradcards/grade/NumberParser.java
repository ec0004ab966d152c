package gradcards.grade;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed number in the forms learners use: 0.25, .25, 1/4, 25%, 2.5e-1, 9.5×10⁻⁷, 9.5*10^-7, 9.5x10^-7,
 * 9.5×10-7 (a plain minus after "×10"), 0.25¹⁰ and 0.25^10; products and one fraction bar may be combined
 * ("1/2^2"). A leading 약, 대략, about, approximately, approx., around, roughly, ≈ or ~ and a trailing 배,
 * times, 정도, × or x are ignored ("약 9.5e-7배", "about 0.25 times").
 */
public final class NumberParser {
    private static final String DECIMAL = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?";
    private static final Pattern FACTOR = Pattern.compile("(" + DECIMAL + ")(?:\\^(" + DECIMAL + "))?");
    private static final Pattern LITERAL = Pattern.compile("(" + DECIMAL + ")(%?)");
    /** "9.5*10-7": a times sign, 10, and a signed exponent without "^" (then the end or another operator). */
    private static final Pattern PLAIN_EXPONENT = Pattern.compile("([0-9.])\\*10([+-]\\d+)(?=$|[*/%])");
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "^(?:약|대략|approximately|approx\\.?|about|around|roughly|≈|≒|~|∼)");
    private static final Pattern UNIT = Pattern.compile("(?:배|times|정도|×|x)$");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻";
    private static final String SUPERSCRIPT_ASCII = "0123456789+-";
    private static final String TIMES = "×✕⋅·*x";
    private static final String MINUS = "−–‐";
    /** A value needing this many significant digits or more may be typed rounded (1/300 → 0.0033). */
    static final int LONG_VALUE_DIGITS = 5;
    /** A rounded value must keep at least this many significant digits (0.0033 yes, 0.003 no). */
    static final int MIN_ROUNDED_DIGITS = 2;

    private NumberParser() {
    }

    /** The value of a typed number, or empty when the text is not a finite number in a known form. */
    public static OptionalDouble parse(String text) {
        String s = canonical(text);
        double scale = 1;
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
            scale = 0.01;
        }
        String[] bar = s.split("/", -1);
        if (bar.length > 2) return OptionalDouble.empty();
        double num = product(bar[0]);
        double den = bar.length == 2 ? product(bar[1]) : 1;
        double v = num / den * scale;
        return Double.isFinite(v) && den != 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** Whether a value is within a relative tolerance of the expected one (absolute when expected is 0). */
    public static boolean within(double value, double expected, double tolerance) {
        double scale = expected == 0 ? 1 : Math.abs(expected);
        return Math.abs(value - expected) <= tolerance * scale;
    }

    /**
     * Whether a typed number is right: within the relative tolerance, or, for an expected value that takes
     * {@value #LONG_VALUE_DIGITS} or more significant digits to write (1/300 = 0.003333…, 0.25¹⁰ = 9.5367…e-7),
     * a plain decimal with at least {@value #MIN_ROUNDED_DIGITS} significant digits that is that value rounded
     * (within half a unit of its last digit: 0.0033, 0.00333, 9.5e-7). Short values (0.25, 1.25, 2006) are
     * never rounded: "1.3" is not 1.25.
     */
    public static boolean matches(String text, double expected, double tolerance) {
        OptionalDouble v = parse(text);
        if (v.isEmpty()) return false;
        return within(v.getAsDouble(), expected, tolerance) || rounded(text, expected);
    }

    /** Whether the text is a plain decimal that is a rounding of a long expected value (see {@link #matches}). */
    static boolean rounded(String text, double expected) {
        if (!Double.isFinite(expected) || expected == 0) return false;
        BigDecimal exact = BigDecimal.valueOf(expected);
        if (exact.stripTrailingZeros().precision() < LONG_VALUE_DIGITS) return false;
        Optional<BigDecimal> typed = literal(text);
        if (typed.isEmpty() || typed.get().signum() == 0 || typed.get().precision() < MIN_ROUNDED_DIGITS) {
            return false;
        }
        BigDecimal halfUnit = typed.get().ulp().divide(BigDecimal.valueOf(2));
        return typed.get().subtract(exact).abs().compareTo(halfUnit) <= 0;
    }

    /** The exact value of a text that is one decimal (optionally with e-exponent or %), as typed. */
    static Optional<BigDecimal> literal(String text) {
        Matcher m = LITERAL.matcher(canonical(text));
        if (!m.matches()) return Optional.empty();
        BigDecimal d = new BigDecimal(m.group(1).replaceFirst("^\\+", ""));
        return Optional.of(m.group(2).isEmpty() ? d : d.movePointLeft(2));
    }

    /**
     * Lower case, no spaces, no "about"/"times" words, one ASCII spelling for times, minus, power ("^(-7)" →
     * "^-7", "*10-7" → "e-7") and percent.
     */
    static String canonical(String text) {
        String s = AnswerNormalizer.clean(text).toLowerCase(Locale.ROOT).replace("퍼센트", "%").replaceAll("\\s", "");
        s = withoutWords(s);
        StringBuilder b = new StringBuilder(s.length() + 4);
        boolean inSuper = false;
        for (char c : s.toCharArray()) {
            int sup = SUPERSCRIPTS.indexOf(c);
            if (sup >= 0 && !inSuper) b.append('^');
            inSuper = sup >= 0;
            b.append(inSuper ? SUPERSCRIPT_ASCII.charAt(sup) : ascii(c));
        }
        String out = b.toString().replaceAll("\\^\\(([^()]*)\\)", "^$1");
        return PLAIN_EXPONENT.matcher(out).replaceAll("$1e$2");
    }

    /** The text without one leading "about" word and its trailing unit words ("약 2배 정도" → "2"). */
    private static String withoutWords(String s) {
        String out = APPROXIMATELY.matcher(s).replaceFirst("");
        String before;
        do {
            before = out;
            out = UNIT.matcher(out).replaceFirst("");
        } while (!out.equals(before) && !out.isEmpty());
        return out;
    }

    /** One character with the multiplication and minus variants replaced. */
    private static String ascii(char c) {
        if (TIMES.indexOf(c) >= 0) return "*";
        if (MINUS.indexOf(c) >= 0) return "-";
        return String.valueOf(c);
    }

    /** The product of factors separated by '*', NaN when a factor is not a number. */
    private static double product(String s) {
        double p = 1;
        for (String f : s.split("\\*", -1)) p *= factor(f);
        return p;
    }

    /** One factor: a decimal, optionally raised to a power with '^'; NaN otherwise. */
    private static double factor(String s) {
        Matcher m = FACTOR.matcher(s);
        if (!m.matches()) return Double.NaN;
        double base = Double.parseDouble(m.group(1));
        return m.group(2) == null ? base : Math.pow(base, Double.parseDouble(m.group(2)));
    }
}
