package gradcards.demos;

import gradcards.i18n.Num;

/** The number spellings of verdicts and headlines; the rules live in {@link Num} (one formatter for all screens). */
public final class Fmt {
    private Fmt() {
    }

    /** Two significant digits, scientific outside [0.01, 1000): {@link Num#brief}. */
    public static String num(double x) {
        return Num.brief(x);
    }

    /** A share as a percentage with no decimals, e.g. "48%": {@link Num#pct}. */
    public static String pct(double share) {
        return Num.pct(share);
    }
}
