package gradcards.demos;

import gradcards.i18n.Numbers;

/** Number formatting for verdicts and headlines (the learner-facing format of {@link Numbers}). */
public final class Fmt {
    private Fmt() {
    }

    /** Two significant digits, scientific outside [0.01, 1000). */
    public static String num(double x) {
        return Numbers.num(x);
    }

    /** A share as a percentage with no decimals, e.g. "48%". */
    public static String pct(double share) {
        return Numbers.pct(share);
    }
}
