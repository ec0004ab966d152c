package gradcards.grade;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed number in the forms learners use: 0.25, .25, 1/4, 25%, 2.5e-1, 9.5×10⁻⁷, 9.5*10^-7, 9.5x10^-7,
 * 0.25¹⁰ and 0.25^10; products and one fraction bar may be combined ("1/2^2").
 */
public final class NumberParser {
    private static final String DECIMAL = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?";
    private static final Pattern FACTOR = Pattern.compile("(" + DECIMAL + ")(?:\\^(" + DECIMAL + "))?");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻";
    private static final String SUPERSCRIPT_ASCII = "0123456789+-";
    private static final String TIMES = "×✕⋅·*x";
    private static final String MINUS = "−–‐";

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

    /** Lower case, no spaces, one ASCII spelling for times, minus, power ("^(-7)" → "^-7") and percent. */
    static String canonical(String text) {
        String s = AnswerNormalizer.clean(text).toLowerCase(Locale.ROOT).replace("퍼센트", "%");
        StringBuilder b = new StringBuilder(s.length() + 4);
        boolean inSuper = false;
        for (char c : s.toCharArray()) {
            int sup = SUPERSCRIPTS.indexOf(c);
            if (sup >= 0 && !inSuper) b.append('^');
            inSuper = sup >= 0;
            b.append(inSuper ? SUPERSCRIPT_ASCII.charAt(sup) : ascii(c));
        }
        return b.toString().replaceAll("\\s", "").replaceAll("\\^\\(([^()]*)\\)", "^$1");
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
