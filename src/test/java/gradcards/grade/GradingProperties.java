package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the grading pipeline, each restated in its method name and javadoc. */
class GradingProperties {
    private static final String SEPARATORS = " -_·ㆍ.,()[]'\"\u3000\t";
    /** Separators that cannot form a bracketed part (a part such as "(ReLU)" may rightly be a reject). */
    private static final String SPRINKLES = " -_·ㆍ.,'\"\u3000\t";

    /** Mixed Korean/Latin/full-width/punctuation text, the kind learners type or paste. */
    @Provide
    Arbitrary<String> answerText() {
        Arbitrary<Character> chars = Arbitraries.oneOf(List.of(
                Arbitraries.chars().range('가', '힣'), Arbitraries.chars().range('ㄱ', 'ㅣ'),
                Arbitraries.chars().range('A', 'z'), Arbitraries.chars().range('０', 'ｚ'),
                Arbitraries.chars().range('0', '9'), Arbitraries.of(SEPARATORS.toCharArray())));
        return chars.list().ofMaxSize(20).map(GradingProperties::join);
    }

    /** fold(fold(s)) = fold(s): normalising twice changes nothing. */
    @Property(tries = 2000)
    void foldIsIdempotent(@ForAll("answerText") String s) {
        String once = AnswerNormalizer.fold(s);
        assertThat(AnswerNormalizer.fold(once)).isEqualTo(once);
    }

    /** fold(fold(s)) = fold(s) also for arbitrary Unicode strings. */
    @Property(tries = 2000)
    void foldIsIdempotentOnAnyString(@ForAll String s) {
        String once = AnswerNormalizer.fold(s);
        assertThat(AnswerNormalizer.fold(once)).isEqualTo(once);
    }

    /** fold(NFD(s)) = fold(s): decomposed Hangul (pasted from macOS) compares equal to precomposed. */
    @Property(tries = 1000)
    void decomposedHangulFoldsLikePrecomposed(@ForAll("answerText") String s) {
        assertThat(AnswerNormalizer.fold(Normalizer.normalize(s, Normalizer.Form.NFD))).isEqualTo(AnswerNormalizer.fold(s));
    }

    /** Every accepted form of every group, with spacing and separators sprinkled in, is CORRECT for its group. */
    @Property(tries = 1500)
    void everyAcceptedFormIsAcceptedForItsGroup(@ForAll("groupForm") String[] gf, @ForAll @IntRange(max = 3) int seps,
                                                @ForAll long seed) {
        String typed = sprinkle(gf[1], seps, seed);
        Result r = new Grader(true).grade(typed, Bundled.synonyms().key(gf[0]));
        assertThat(r.verdict()).as("%s ← \"%s\"", gf[0], typed).isEqualTo(Verdict.CORRECT);
    }

    /** No accepted form of a group passes for a group that rejects it, in either mode. */
    @Property(tries = 300)
    void noAcceptedFormPassesForAGroupThatRejectsIt(@ForAll("groupForm") String[] gf) {
        for (String other : Bundled.synonyms().groupNames()) {
            AnswerKey key = Bundled.synonyms().key(other);
            boolean rejects = key.reject().stream().anyMatch(f -> AnswerNormalizer.fold(f).equals(AnswerNormalizer.fold(gf[1])));
            if (!rejects) continue;
            assertThat(new Grader(false).grade(gf[1], key).verdict()).as("%s ← %s", other, gf[1]).isEqualTo(Verdict.WRONG);
            assertThat(new Grader(true).grade(gf[1], key).verdict()).isEqualTo(Verdict.WRONG);
        }
    }

    @Provide
    Arbitrary<String[]> groupForm() {
        List<String[]> all = new ArrayList<>();
        for (String g : Bundled.synonyms().groupNames()) {
            for (String f : Bundled.synonyms().key(g).accept()) all.add(new String[] {g, f});
        }
        return Arbitraries.of(all);
    }

    /** parse(Double.toString(v)) = v for every finite double. */
    @Property(tries = 2000)
    void javaDoubleSpellingRoundTrips(@ForAll double v) {
        if (!Double.isFinite(v)) return;
        assertThat(NumberParser.parse(Double.toString(v))).hasValue(v);
    }

    /** parse("p/q") = p/q, parse("p%") = p/100 and parse("m×10ᵉ") = m·10^e (within 1e-12 relative). */
    @Property(tries = 1000)
    void fractionsPercentsAndPowersOfTen(@ForAll @IntRange(min = -999, max = 999) int p,
                                         @ForAll @IntRange(min = 1, max = 999) int q,
                                         @ForAll @IntRange(min = -12, max = 12) int e) {
        assertClose(NumberParser.parse(p + "/" + q), p / (double) q);
        assertClose(NumberParser.parse(p + "%"), p / 100.0);
        assertClose(NumberParser.parse(p + "×10" + superscript(e)), p * Math.pow(10, e));
        assertClose(NumberParser.parse(p + " x 10^(" + e + ")"), p * Math.pow(10, e));
    }

    /** One random edit (insert, delete, substitute) moves a string at most distance 1 away; distance is symmetric. */
    @Property(tries = 1000)
    void oneEditIsAtMostDistanceOne(@ForAll("answerText") String s, @ForAll @IntRange(max = 2) int op,
                                    @ForAll @IntRange(max = 100) int at, @ForAll char c) {
        String t = edit(s, op, at, c);
        assertThat(Typos.editDistance(s, t)).isLessThanOrEqualTo(1).isEqualTo(Typos.editDistance(t, s));
        assertThat(Typos.editDistance(s, s)).isZero();
    }

    /** Answers without separators joined with ", " split back into the same answers. */
    @Property(tries = 500)
    void clozeSplitInvertsJoin(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.constraints.AlphaChars String> parts) {
        List<String> nonEmpty = parts.stream().map(p -> p.isEmpty() ? "a" : p).toList();
        assertThat(ClozeSplitter.split(String.join(", ", nonEmpty))).isEqualTo(nonEmpty);
    }

    private static String edit(String s, int op, int at, char c) {
        int i = s.isEmpty() ? 0 : at % (s.length() + (op == 0 ? 1 : 0));
        if (op == 0 || s.isEmpty()) return s.substring(0, Math.min(i, s.length())) + c + s.substring(Math.min(i, s.length()));
        if (op == 1) return s.substring(0, i) + s.substring(i + 1);
        return s.substring(0, i) + c + s.substring(i + 1);
    }

    private static void assertClose(OptionalDouble v, double expected) {
        assertThat(v).isPresent();
        assertThat(Math.abs(v.getAsDouble() - expected)).isLessThanOrEqualTo(1e-12 * Math.max(1e-300, Math.abs(expected)));
    }

    private static String superscript(int e) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder(e < 0 ? "⁻" : "");
        for (char d : String.valueOf(Math.abs(e)).toCharArray()) b.append(digits.charAt(d - '0'));
        return b.toString();
    }

    /** Inserts n separators at seeded positions (between code units of a BMP-only form). */
    private static String sprinkle(String form, int n, long seed) {
        StringBuilder b = new StringBuilder(form);
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < n; i++) b.insert(r.nextInt(b.length() + 1), SPRINKLES.charAt(r.nextInt(SPRINKLES.length())));
        return b.toString();
    }

    private static String join(List<Character> cs) {
        StringBuilder b = new StringBuilder();
        cs.forEach(b::append);
        return b.toString();
    }
}
