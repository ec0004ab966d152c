package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Cloze;
import gradcards.content.ShortAnswer;
import gradcards.content.AnswerSpec;
import gradcards.content.Card;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grading table grading.tsv: kind, key, input, mode, expected verdict, optional detail.
 * Kinds: key (entries "|"-separated; "@g" group, "!x" reject, "#v~tol" number, "^strict" no typos),
 * ox (O or X = truth), choice (count or count:key), cloze (blank keys " ;; "-separated, "unordered " prefix),
 * card (a bundled card's id: graded with that card's own key, as a study session grades it).
 * Mode: L lenient or S strict, plus N = the input is fed NFD-decomposed. Input escapes: \\uXXXX, <empty>.
 * Detail: matched form (key, short-answer card), chosen option (choice), per-blank verdicts (cloze, cloze card).
 */
class GradingTableTest {
    private static final String TABLE = "/gradcards/grade/grading.tsv";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    record Row(int line, String kind, String key, String input, String mode, Verdict expected, String detail) {
        @Override
        public String toString() {
            return line + ": " + kind + " [" + key + "] ← \"" + input + "\" " + mode + " → " + expected;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GradingTableTest.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 5) throw new IllegalStateException(TABLE + ":" + n + ": needs 5 tab-separated fields");
                rows.add(new Row(n, f[0], f[1], unescape(f[2]), f[3], Verdict.valueOf(f[4]), f.length > 5 ? f[5] : ""));
            }
        }
        return rows.stream();
    }

    @Test
    void tableHasAtLeast120Rows() throws IOException {
        assertThat(rows().count()).isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void grades(Row row) {
        Grader grader = new Grader(row.mode().contains("S"));
        String input = row.mode().contains("N") ? Normalizer.normalize(row.input(), Normalizer.Form.NFD) : row.input();
        if (row.mode().contains("N")) assertThat(input).isNotEqualTo(row.input()); // the row really tests NFD
        Result r = grade(grader, row, input);
        assertThat(r.verdict()).as("verdict (reason %s, matched %s)", r.reason(), r.matched()).isEqualTo(row.expected());
        if (!row.detail().isEmpty()) assertThat(detail(row.kind(), r)).isEqualTo(row.detail());
    }

    private static Result grade(Grader g, Row row, String input) {
        switch (row.kind()) {
            case "key": return g.grade(input, key(row.key()));
            case "ox": return g.gradeOx(input, row.key().equals("O"));
            case "choice": return choice(g, row.key(), input);
            case "cloze": return cloze(g, row.key(), input);
            case "card": return card(g, row.key(), input);
            default: throw new IllegalStateException("unknown kind " + row.kind());
        }
    }

    private static Result choice(Grader g, String spec, String input) {
        String[] p = spec.split(":");
        int count = Integer.parseInt(p[0]);
        return p.length == 1 ? g.gradeChoice(input, count) : g.gradeChoice(input, count, Integer.parseInt(p[1]));
    }

    private static Result cloze(Grader g, String spec, String input) {
        boolean unordered = spec.startsWith("unordered ");
        String blanks = unordered ? spec.substring("unordered ".length()) : spec;
        List<AnswerKey> keys = Arrays.stream(blanks.split(" ;; ")).map(GradingTableTest::key).toList();
        return g.gradeCloze(input, keys, unordered);
    }

    /** A typed-answer card of the bundled decks, graded against its own accept/reject/numeric fields. */
    private static Result card(Grader g, String id, String input) {
        Card card = BundledCards.INSTANCE.cards.get(id);
        if (card instanceof ShortAnswer s) return g.grade(input, BundledCards.INSTANCE.key(s.answer()));
        if (card instanceof Cloze z) {
            return g.gradeCloze(input, z.blanks().stream().map(BundledCards.INSTANCE::key).toList(), z.unordered());
        }
        throw new IllegalStateException("no short-answer or cloze card " + id + " in the bundled decks");
    }

    /** The bundled decks and their synonym file, read once. */
    private enum BundledCards {
        INSTANCE;
        private final Map<String, Card> cards;
        private final Synonyms synonyms;

        BundledCards() {
            Content content = ContentLoader.bundled().content();
            cards = content.byId();
            synonyms = Synonyms.load(new ByteArrayInputStream(content.synonymsJson().getBytes(StandardCharsets.UTF_8)));
        }

        AnswerKey key(AnswerSpec s) {
            return synonyms.key(s.accept(), s.reject(), s.numeric(), s.tolerance(), s.strictTypos());
        }
    }

    /** A key spec through the same expansion the deck loader uses. */
    static AnswerKey key(String spec) {
        List<String> accept = new ArrayList<>();
        List<String> reject = new ArrayList<>();
        Double value = null;
        Double tol = null;
        boolean strict = false;
        for (String e : spec.split("\\|")) {
            if (e.startsWith("!")) reject.add(e.substring(1));
            else if (e.equals("^strict")) strict = true;
            else if (e.startsWith("#")) {
                String[] v = e.substring(1).split("~");
                value = Double.valueOf(v[0]);
                tol = v.length > 1 ? Double.valueOf(v[1]) : null;
            } else accept.add(e);
        }
        return Bundled.synonyms().key(accept, reject, value, tol, strict);
    }

    private static String detail(String kind, Result r) {
        switch (kind) {
            case "choice": return String.valueOf(r.chosen());
            case "cloze": return String.join(",", r.blanks().stream().map(Verdict::name).toList());
            case "card": return r.blanks().isEmpty() ? r.matched() : detail("cloze", r);
            default: return r.matched();
        }
    }

    private static String unescape(String s) {
        if (s.equals("<empty>")) return "";
        Matcher m = ESCAPE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(b);
        return b.toString();
    }
}
