package gradcards.grade;

import java.util.Optional;
import java.util.Set;

/**
 * Reads an O/X (true/false) answer: O o ○ ◯ ㅇ T true 참 맞음 … or X x × ✕ F false 거짓 틀림 … The O and X keys
 * typed with the Korean (2-set) keyboard layout still on give ㅐ and ㅌ: they are read as O and X.
 */
final class OxParser {
    private static final Set<String> TRUE = Set.of("o", "○", "◯", "⭕", "ㅇ", "ㅐ", "t", "true", "참", "맞음", "맞다",
            "맞아");
    private static final Set<String> FALSE = Set.of("x", "×", "✕", "✖", "✗", "✘", "❌", "ㅌ", "f", "false", "거짓",
            "틀림", "틀리다", "틀려");
    /** The digit zero looks like O but may be a slip for anything: it is never read as an answer. */
    static final String ZERO = "0";

    private OxParser() {
    }

    /** True for an O answer, false for an X answer, empty when the folded input is neither. */
    static Optional<Boolean> parse(String input) {
        String s = AnswerNormalizer.fold(input);
        if (TRUE.contains(s)) return Optional.of(true);
        if (FALSE.contains(s)) return Optional.of(false);
        return Optional.empty();
    }

    /** Whether the folded input is the digit 0. */
    static boolean isZero(String input) {
        return ZERO.equals(AnswerNormalizer.fold(input));
    }
}
