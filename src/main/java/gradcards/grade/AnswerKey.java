package gradcards.grade;

import java.util.List;
import java.util.Objects;

/**
 * What a typed answer is graded against: accepted and rejected forms (already expanded, no "@group" left),
 * an optional numeric value with its relative tolerance, whether typo tolerance is off for this answer, and the
 * terms of the synonym file (to tell when a generic noun after an answer makes it another answer).
 */
public record AnswerKey(List<String> accept, List<String> reject, Double numeric, double tolerance,
                        boolean strictTypos, Terms terms) {

    /** The relative tolerance of a numeric answer when the card gives none. */
    public static final double DEFAULT_TOLERANCE = 1e-3;

    /** Copies the lists and checks that the tolerance is a finite non-negative number. */
    public AnswerKey {
        accept = List.copyOf(Objects.requireNonNull(accept, "accept"));
        reject = List.copyOf(Objects.requireNonNull(reject, "reject"));
        terms = terms == null ? Terms.NONE : terms;
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        if (numeric != null && !Double.isFinite(numeric)) {
            throw new IllegalArgumentException("numeric answer must be finite, got " + numeric);
        }
    }

    /** A key that knows no synonym terms. */
    public AnswerKey(List<String> accept, List<String> reject, Double numeric, double tolerance, boolean strictTypos) {
        this(accept, reject, numeric, tolerance, strictTypos, Terms.NONE);
    }

    /** A key accepting exactly the given forms, with no rejects and no numeric value. */
    public static AnswerKey of(String... accept) {
        return new AnswerKey(List.of(accept), List.of(), null, DEFAULT_TOLERANCE, false);
    }

    /** A purely numeric key: value with a relative tolerance. */
    public static AnswerKey number(double value, double tolerance) {
        return new AnswerKey(List.of(), List.of(), value, tolerance, false);
    }

    /** This key with the given rejected forms added. */
    public AnswerKey rejecting(String... forms) {
        List<String> all = new java.util.ArrayList<>(reject);
        all.addAll(List.of(forms));
        return new AnswerKey(accept, all, numeric, tolerance, strictTypos, terms);
    }

    /** This key with typo tolerance switched off. */
    public AnswerKey strict() {
        return new AnswerKey(accept, reject, numeric, tolerance, true, terms);
    }

    /** Whether the key has a numeric value. */
    public boolean hasNumeric() {
        return numeric != null;
    }
}
