package gradcards.srs;

/**
 * The FSRS-6 formulas as pure functions of the weights, named after the paper; intermediate
 * results are rounded to 8 decimals exactly where ts-fsrs 5.4.2 rounds them.
 */
public final class Fsrs {

    /** Smallest stability in days. */
    public static final double S_MIN = 0.001;

    /** Largest stability in days. */
    public static final double S_MAX = 36500;

    private Fsrs() {
    }

    /** Forgetting-curve factor: {@code 0.9^(−1/w20) − 1}, so that R(S, S) = 0.9. */
    public static double factor(Parameters w) {
        return roundTo8(Math.exp(Math.log(0.9) / -w.decay()) - 1);
    }

    /** Retrievability (forgetting curve): {@code R(t, S) = (1 + factor·t/S)^(−w20)}. */
    public static double retrievability(Parameters w, double elapsedDays, double stability) {
        return roundTo8(Math.pow(1 + factor(w) * elapsedDays / stability, -w.decay()));
    }

    /** Interval multiplier of S for desired retention r: {@code (r^(−1/w20) − 1) / factor}. */
    public static double intervalModifier(Parameters w, double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], got " + desiredRetention);
        }
        return roundTo8((Math.pow(desiredRetention, 1 / -w.decay()) - 1) / factor(w));
    }

    /** Interval in days (unrounded): {@code I(r, S) = S / factor · (r^(−1/w20) − 1)}. */
    public static double interval(Parameters w, double desiredRetention, double stability) {
        return stability * intervalModifier(w, desiredRetention);
    }

    /** Initial stability {@code S0(G) = max(w[G−1], 0.1)} (ts-fsrs floor of 0.1). */
    public static double initialStability(Parameters w, Rating g) {
        return Math.max(w.w(g.value() - 1), 0.1);
    }

    /** Initial difficulty {@code D0(G) = w4 − e^(w5·(G−1)) + 1}, unclamped (mean reversion uses it so). */
    public static double initialDifficulty(Parameters w, Rating g) {
        return roundTo8(w.w(4) - Math.exp((g.value() - 1) * w.w(5)) + 1);
    }

    /** Linear damping of a difficulty step: {@code ΔD·(10 − D)/9}. */
    public static double linearDamping(double deltaD, double difficulty) {
        return roundTo8(deltaD * (10 - difficulty) / 9);
    }

    /** Mean reversion: {@code w7·D0(4) + (1 − w7)·D'}. */
    public static double meanReversion(Parameters w, double init, double current) {
        return roundTo8(w.w(7) * init + (1 - w.w(7)) * current);
    }

    /** Next difficulty: {@code D'' = w7·D0(4) + (1−w7)·(D + ΔD·(10−D)/9)} with {@code ΔD = −w6·(G−3)}, clamped to [1, 10]. */
    public static double nextDifficulty(Parameters w, double difficulty, Rating g) {
        double deltaD = -w.w(6) * (g.value() - 3);
        double damped = difficulty + linearDamping(deltaD, difficulty);
        return clamp(meanReversion(w, initialDifficulty(w, Rating.EASY), damped), 1, 10);
    }

    /** Stability after a recall: {@code S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·h·b)}. */
    public static double stabilityAfterSuccess(Parameters w, double difficulty, double stability,
                                               double retrievability, Rating g) {
        double hardPenalty = g == Rating.HARD ? w.w(15) : 1;
        double easyBonus = g == Rating.EASY ? w.w(16) : 1;
        double growth = Math.exp(w.w(8)) * (11 - difficulty) * Math.pow(stability, -w.w(9))
                * (Math.exp((1 - retrievability) * w.w(10)) - 1) * hardPenalty * easyBonus;
        return roundTo8(clamp(stability * (1 + growth), S_MIN, S_MAX));
    }

    /** Stability after a lapse (uncapped): {@code w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R))}. */
    public static double stabilityAfterLapse(Parameters w, double difficulty, double stability,
                                             double retrievability) {
        double s = w.w(11) * Math.pow(difficulty, -w.w(12)) * (Math.pow(stability + 1, w.w(13)) - 1)
                * Math.exp((1 - retrievability) * w.w(14));
        return roundTo8(clamp(s, S_MIN, S_MAX));
    }

    /** FSRS-6 lapse cap {@code S / e^(w17·w18)}: a lapse never beats a same-day Again (no cap term without short-term). */
    public static double lapseCap(Parameters w, double stability, boolean shortTerm) {
        double exponent = shortTerm ? w.w(17) * w.w(18) : 0;
        return roundTo8(stability / Math.exp(exponent));
    }

    /** Short-term (same-day) stability {@code S·e^(w17·(G−3+w18))·S^(−w19)}, multiplier floored at 1 for G ≥ 2. */
    public static double shortTermStability(Parameters w, double stability, Rating g) {
        double increase = Math.pow(stability, -w.w(19)) * Math.exp(w.w(17) * (g.value() - 3 + w.w(18)));
        double masked = g == Rating.AGAIN ? increase : Math.max(increase, 1);
        return roundTo8(clamp(stability * masked, S_MIN, S_MAX));
    }

    /**
     * One FSRS-6 step from (S, D) after t days with grade G: the initial state for a card never rated,
     * short-term stability for t = 0 when enabled, otherwise the lapse or success formula; S uses the old D.
     */
    public static MemoryState nextState(Parameters w, MemoryState m, int elapsedDays, Rating g, boolean shortTerm) {
        if (m.isNone()) {
            return new MemoryState(initialStability(w, g), clamp(initialDifficulty(w, g), 1, 10));
        }
        if (m.difficulty() < 1 || m.stability() < S_MIN || elapsedDays < 0) {
            throw new IllegalArgumentException("invalid memory state " + m + " after " + elapsedDays + " days");
        }
        return new MemoryState(nextStability(w, m, elapsedDays, g, shortTerm), nextDifficulty(w, m.difficulty(), g));
    }

    private static double nextStability(Parameters w, MemoryState m, int elapsedDays, Rating g, boolean shortTerm) {
        double s = m.stability();
        if (elapsedDays == 0 && shortTerm) return shortTermStability(w, s, g);
        double r = retrievability(w, elapsedDays, s);
        if (g != Rating.AGAIN) return stabilityAfterSuccess(w, m.difficulty(), s, r, g);
        return Math.min(Math.max(lapseCap(w, s, shortTerm), S_MIN), stabilityAfterLapse(w, m.difficulty(), s, r));
    }

    /** Rounds to 8 decimals, half up, as ts-fsrs {@code roundTo(x, 8)}. */
    public static double roundTo8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    /** Clamps x to [min, max]. */
    public static double clamp(double x, double min, double max) {
        return Math.min(Math.max(x, min), max);
    }
}
