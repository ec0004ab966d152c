package gradcards.grade;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a multiple-choice answer: "3", "３", "3)", "(3)", "3.", "3번", "③", "❸", "⑶". */
final class ChoiceParser {
    private static final Pattern NUMBER = Pattern.compile("\\(?([0-9]{1,2})\\)?[.)]?(?:번)?");
    private static final int CIRCLED_ONE = 0x2460;
    private static final int NEGATIVE_CIRCLED_ONE = 0x2776;
    private static final int PARENTHESIZED_ONE = 0x2474;
    private static final int SYMBOLS = 10;

    private ChoiceParser() {
    }

    /** The option number 1..count, or empty when the input is not one. */
    static OptionalInt parse(String input, int count) {
        String s = AnswerNormalizer.clean(input).replaceAll("\\s", "");
        int n = s.length() == 1 ? symbol(s.charAt(0)) : 0;
        Matcher m = NUMBER.matcher(s);
        if (n == 0 && m.matches()) n = Integer.parseInt(m.group(1));
        return n >= 1 && n <= count ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** The number of a circled or parenthesised digit symbol, 0 for anything else. */
    private static int symbol(char c) {
        for (int base : new int[] {CIRCLED_ONE, NEGATIVE_CIRCLED_ONE, PARENTHESIZED_ONE}) {
            if (c >= base && c < base + SYMBOLS) return c - base + 1;
        }
        return 0;
    }
}
