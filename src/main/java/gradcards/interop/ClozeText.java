package gradcards.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Anki cloze markup {{c1::answer::hint}}: which cards a note makes, and each card as a gradcards cloze. */
public final class ClozeText {
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::([^}]*?))?}}", Pattern.DOTALL);

    /** One card of a cloze note: the prompt with {{1}}, {{2}} … for the hidden parts, their answers and hints. */
    public record Card(int number, String prompt, List<String> answers, List<String> hints) {
        /** The answers as one line, as the back of the card shows them. */
        public String answer() {
            return String.join(", ", answers);
        }
    }

    private ClozeText() {
    }

    /** The cloze numbers used in the text, ascending (c1, c2 …); empty when it has no cloze. */
    public static List<Integer> numbers(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        Matcher m = CLOZE.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n > 0) out.add(n);
        }
        return new ArrayList<>(out);
    }

    /** Card cN: its clozes become blanks (a hint is shown after its blank in parentheses), the others show their text. */
    public static Card card(String text, int number) {
        Matcher m = CLOZE.matcher(text);
        StringBuilder b = new StringBuilder();
        List<String> answers = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        while (m.find()) {
            String rep;
            if (Integer.parseInt(m.group(1)) == number) {
                answers.add(m.group(2).strip());
                String hint = m.group(3) == null ? "" : m.group(3).strip();
                hints.add(hint);
                rep = "{{" + answers.size() + "}}" + (hint.isEmpty() ? "" : " (" + hint + ")");
            } else {
                rep = m.group(2);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return new Card(number, b.toString(), answers, hints);
    }

    /** A gradcards cloze prompt ({{1}}, {{2}} …) with its answers as Anki markup, all under c1 (one card). */
    public static String toAnki(String prompt, List<String> answers) {
        Matcher m = Pattern.compile("\\{\\{(\\d+)}}").matcher(prompt);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1)) - 1;
            String a = i >= 0 && i < answers.size() ? answers.get(i) : "…";
            m.appendReplacement(b, Matcher.quoteReplacement("{{c1::" + a.replace("}}", "} }") + "}}"));
        }
        m.appendTail(b);
        return b.toString();
    }
}
