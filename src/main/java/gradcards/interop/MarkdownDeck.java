package gradcards.interop;

import gradcards.content.Problem;
import gradcards.content.Topic;
import gradcards.i18n.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown deck a learner writes by hand: "# heading" lines name the topic of the cards below them; a block
 * "Q: …" / "A: …" (optional "E: …" explanation; 질문:/답:/해설: also work) is a flashcard; any other paragraph with
 * {{c1::…}} or [answer] blanks is a cloze (one card per cN, as in Anki). Paragraphs are separated by blank lines; other prose is ignored.
 */
public final class MarkdownDeck {
    private static final Pattern LABEL = Pattern.compile("^(Q|A|E|질문|답|해설)\\s*[:：]\\s?(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]+)](?!\\()");

    /** The cards read and every problem (file:line:col). */
    public record Result(List<UserCard> cards, List<Problem> problems) {
    }

    private MarkdownDeck() {
    }

    /** Reads text (from file) as deck `deck`; ids are idPrefix + a hash of the question. */
    public static Result read(String file, String text, String deck, String idPrefix) {
        List<UserCard> cards = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String heading = null;
        int i = 0;
        if (lines.length > 0 && lines[0].startsWith("\ufeff")) lines[0] = lines[0].substring(1);
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "").strip();
                i++;
                continue;
            }
            int start = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("#")) block.add(lines[i++]);
            for (UserCard c : block(file, block, start + 1, deck, idPrefix, heading, problems)) {
                if (!ids.add(c.id())) {
                    problems.add(Problem.of(file, start + 1, 1, Text.of("이 덱에 같은 카드가 두 번 있습니다 (하나를 고치거나 지우세요)",
                            "the same card twice in this deck (change or remove one)")));
                    break;
                }
                cards.add(c);
            }
        }
        return new Result(cards, problems);
    }

    private static List<UserCard> block(String file, List<String> block, int firstLine, String deck, String idPrefix,
                                  String heading, List<Problem> problems) {
        StringBuilder q = null;
        StringBuilder a = null;
        StringBuilder e = null;
        StringBuilder current = null;
        for (int k = 0; k < block.size(); k++) {
            Matcher m = LABEL.matcher(block.get(k));
            if (m.matches()) {
                String key = m.group(1).toUpperCase(Locale.ROOT);
                StringBuilder b = new StringBuilder(m.group(2).strip());
                switch (key) {
                    case "Q", "질문" -> q = b;
                    case "A", "답" -> a = b;
                    default -> e = b;
                }
                if ((key.equals("A") || key.equals("답")) && q == null) {
                    problems.add(Problem.of(file, firstLine + k, 1, Text.of("앞에 질문(Q:)이 없는 답(A:)입니다 (카드를 Q: 줄로 시작하세요)",
                            "an answer (A:) with no question (Q:) before it (start the card with a Q: line)")));
                    return List.of();
                }
                current = b;
            } else if (current != null) {
                current.append('\n').append(block.get(k).strip());
            } else if (q == null) {
                return cloze(file, block, firstLine, deck, idPrefix, heading, problems);
            }
        }
        if (q == null) return List.of();
        if (a == null || a.toString().isBlank()) {
            problems.add(Problem.of(file, firstLine, 1, Text.of("답이 없는 질문(Q:)입니다 (아래에 \"A: …\" 줄을 넣으세요)",
                    "a question (Q:) with no answer (add an \"A: …\" line below it)")));
            return List.of();
        }
        if (q.toString().isBlank()) {
            problems.add(Problem.of(file, firstLine, 1, Text.of("빈 질문입니다 (\"Q:\" 뒤에 질문을 쓰세요)",
                    "an empty question (write the question after \"Q:\")")));
            return List.of();
        }
        String prompt = q.toString().strip();
        return List.of(new UserCard(idPrefix + Ids.hash(prompt), deck, false, prompt, a.toString().strip(),
                e == null ? "" : e.toString().strip(), List.of(), tags(heading), topic(heading), 0));
    }

    /**
     * A cloze paragraph. {{cN::…}} markup makes one card per number, as Anki does: card cN hides the cN blanks and
     * shows the other numbers' text. A paragraph with one number keeps the id it always had (prefix + hash of the
     * text); with several, each card's id is that id + ":cN". [answer] blanks make one card hiding them all.
     */
    private static List<UserCard> cloze(String file, List<String> block, int firstLine, String deck, String idPrefix,
                                        String heading, List<Problem> problems) {
        for (int k = 0; k < block.size(); k++) {
            String l = block.get(k);
            int open = l.lastIndexOf("{{c");
            if (open >= 0 && l.indexOf("}}", open) < 0) {
                problems.add(Problem.of(file, firstLine + k, open + 1, Text.of("닫히지 않은 빈칸 {{c1::…}}입니다 (}}로 끝내세요)",
                        "a cloze {{c1::…}} that is never closed (end it with }})")));
                return List.of();
            }
        }
        String text = String.join("\n", block).strip();
        List<Integer> numbers = ClozeText.numbers(text);
        if (!numbers.isEmpty()) {
            String id = idPrefix + Ids.hash(text);
            List<UserCard> out = new ArrayList<>();
            for (int n : numbers) {
                ClozeText.Card c = ClozeText.card(text, n);
                out.add(new UserCard(numbers.size() == 1 ? id : id + ":c" + n, deck, true, c.prompt(), c.answer(), "",
                        c.answers(), tags(heading), topic(heading), 0));
            }
            return out;
        }
        Matcher m = BRACKET.matcher(text);
        StringBuilder b = new StringBuilder();
        List<String> answers = new ArrayList<>();
        while (m.find()) {
            answers.add(m.group(1).strip());
            m.appendReplacement(b, Matcher.quoteReplacement("{{" + answers.size() + "}}"));
        }
        m.appendTail(b);
        if (answers.isEmpty()) return List.of(); // prose: a note to self, not a card
        return List.of(new UserCard(idPrefix + Ids.hash(text), deck, true, b.toString(), String.join(", ", answers), "",
                answers, tags(heading), topic(heading), 0));
    }

    private static List<String> tags(String heading) {
        return heading == null || heading.isEmpty() ? List.of() : List.of(heading.replaceAll("\\s+", "_"));
    }

    /** A heading that names a topic (definition, 원인, …) gives it; any other heading is the learner's own topic. */
    static String topic(String heading) {
        if (heading == null) return null;
        String h = heading.strip().toLowerCase(Locale.ROOT);
        for (Topic t : Topic.values()) {
            if (t.code().equals(h) || t.label().ko().equals(h) || t.label().en().equals(h)) return t.code();
        }
        return null;
    }
}
