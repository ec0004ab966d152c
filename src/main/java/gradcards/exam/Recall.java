package gradcards.exam;

import gradcards.content.Card;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import java.time.Duration;
import java.time.Instant;

/** The FSRS-6 forgetting curve at an instant, with fractional days since the card's last review. */
public final class Recall {
    private static final double SECONDS_PER_DAY = 86_400;
    /** Beyond this many seconds apart (about 285 years) nanoseconds overflow a long: Duration computes it. */
    private static final long NANO_SAFE_SECONDS = 9_000_000_000L;

    private Recall() {
    }

    /**
     * Predicted recall of a card at an instant: {@code R(t) = (1 + F·t/S)^(−w20)}, {@code F = 0.9^(−1/w20) − 1},
     * t in fractional days since the last review (0 when the instant is not after it); 0 for a card never studied.
     */
    public static double at(Memory m, Instant at, Parameters w) {
        return new At(at, w).of(m);
    }

    /** The forgetting curve itself for t days and stability S with decay w20. */
    public static double curve(double t, double stability, double decay) {
        return curve(t, stability, decay, factor(decay));
    }

    /** {@code F = 0.9^(−1/w20) − 1}, so that R(S, S) = 0.9. */
    static double factor(double decay) {
        return Math.pow(0.9, -1 / decay) - 1;
    }

    /** The forgetting curve with its factor F computed once by the caller. */
    static double curve(double t, double stability, double decay, double factor) {
        return Math.pow(1 + factor * t / stability, -decay);
    }

    /**
     * The recall of many cards at one instant ({@link #at} for each), with the instant and the curve's factor taken
     * once: whole seconds from the last review as {@code Duration.between(last, at).getSeconds()} counts them
     * (rounded down), without a Duration per card.
     */
    static final class At {
        private final Instant at;
        private final long seconds;
        private final int nanos;
        private final double decay;
        private final double factor;

        At(Instant at, Parameters w) {
            this.at = at;
            this.seconds = at.getEpochSecond();
            this.nanos = at.getNano();
            this.decay = w.decay();
            this.factor = factor(decay);
        }

        double of(Memory m) {
            if (m == null || m.isNew() || m.lastReview() == null || m.stability() <= 0) return 0;
            Instant last = m.lastReview();
            long secs = seconds - last.getEpochSecond();
            if (Math.abs(secs) < NANO_SAFE_SECONDS) {
                if (nanos < last.getNano()) secs--;
            } else {
                secs = Duration.between(last, at).getSeconds();
            }
            double t = Math.max(0, secs / SECONDS_PER_DAY);
            return curve(t, m.stability(), decay, factor);
        }
    }

    /** The chance of guessing a card's answer right: 4-choice 0.25, O/X 0.5, typed (and flashcards) 0. */
    public static double guessChance(Card c) {
        return c.guessChance();
    }

    /** Whether a card is a question the exam could ask (every type but the flashcard). */
    public static boolean isQuestion(Card c) {
        return !c.revealOnly();
    }
}
