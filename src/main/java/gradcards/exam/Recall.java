package gradcards.exam;

import gradcards.content.Card;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import java.time.Duration;
import java.time.Instant;

/** The FSRS-6 forgetting curve at an instant, with fractional days since the card's last review. */
public final class Recall {
    private static final double SECONDS_PER_DAY = 86_400;

    private Recall() {
    }

    /**
     * Predicted recall of a card at an instant: {@code R(t) = (1 + F·t/S)^(−w20)}, {@code F = 0.9^(−1/w20) − 1},
     * t in fractional days since the last review (0 when the instant is not after it); 0 for a card never studied.
     */
    public static double at(Memory m, Instant at, Parameters w) {
        if (m == null || m.isNew() || m.lastReview() == null || m.stability() <= 0) return 0;
        double t = Math.max(0, Duration.between(m.lastReview(), at).getSeconds() / SECONDS_PER_DAY);
        return curve(t, m.stability(), w.decay());
    }

    /** The forgetting curve itself for t days and stability S with decay w20. */
    public static double curve(double t, double stability, double decay) {
        double factor = Math.pow(0.9, -1 / decay) - 1;
        return Math.pow(1 + factor * t / stability, -decay);
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
