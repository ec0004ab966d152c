package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.i18n.Text;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled four-choice items read like real exam items: the key is not given away by being the longest option,
 * absolute words (항상, 모두, always, only …) also occur in true options, and the exam's "(가장) 적절하지 않은 것은?"
 * form is there.
 */
class ExamItemsTest {
    private static final Pattern ABSOLUTE_KO = Pattern.compile("항상|전혀|모두|모든|에만|반드시|오직|언제나");
    private static final Pattern ABSOLUTE_EN = Pattern.compile("(?i)\\b(always|never|only|all|every|none)\\b");

    private final List<MultipleChoice> items = ContentLoader.bundled().content().cards().stream()
            .filter(c -> c instanceof MultipleChoice).map(c -> (MultipleChoice) c).toList();

    /** Length ignoring spaces, in code points (a Hangul syllable counts one). */
    static int length(String s) {
        String t = s.replaceAll("\\s", "");
        return t.codePointCount(0, t.length());
    }

    /** The key is the longest option, ties included. */
    static boolean keyIsLongest(MultipleChoice m, Function<Text, String> lang) {
        int key = length(lang.apply(m.choices().get(m.key() - 1)));
        return m.choices().stream().allMatch(c -> length(lang.apply(c)) <= key);
    }

    /** The options that state something true: the key of a "correct" item, the three others of an "incorrect" one. */
    static List<Text> trueOptions(MultipleChoice m) {
        return java.util.stream.IntStream.range(0, 4).filter(i -> (i == m.key() - 1) != m.askIncorrect())
                .mapToObj(m.choices()::get).toList();
    }

    private double longestShare(Function<Text, String> lang) {
        return (double) items.stream().filter(m -> keyIsLongest(m, lang)).count() / items.size();
    }

    @Test
    void theMeasuresSeeWhatTheyShouldOnMadeUpItems() {
        Text a = Text.of("가 나", "a b"), b = Text.of("가나다", "abc"), c = Text.of("가", "a"), d = Text.of("항상 가", "always a");
        CardInfo info = ContentLoader.bundled().content().cards().get(0).info();
        MultipleChoice tie = new MultipleChoice(info, false, List.of(a, c, c, c), 1);
        MultipleChoice shorter = new MultipleChoice(info, false, List.of(a, b, c, c), 1);
        assertThat(keyIsLongest(tie, Text::ko)).isTrue();
        assertThat(keyIsLongest(tie, Text::en)).isTrue();
        assertThat(keyIsLongest(shorter, Text::ko)).isFalse();
        assertThat(trueOptions(new MultipleChoice(info, true, List.of(a, b, c, d), 2))).containsExactly(a, c, d);
        assertThat(trueOptions(new MultipleChoice(info, false, List.of(a, b, c, d), 2))).containsExactly(b);
    }

    @Test
    void theKeyIsTheLongestOptionInAtMost30PercentOfItemsInEachLanguage() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(66);
        assertThat(longestShare(Text::ko)).as("Korean").isLessThanOrEqualTo(0.30);
        assertThat(longestShare(Text::en)).as("English").isLessThanOrEqualTo(0.30);
    }

    @Test
    void atLeastEightItemsAskWhichIsNotAppropriate() {
        List<MultipleChoice> notAppropriate = items.stream()
                .filter(m -> m.info().prompt().ko().contains("적절하지 않은")).toList();
        assertThat(notAppropriate).hasSizeGreaterThanOrEqualTo(8);
        assertThat(notAppropriate).allSatisfy(m -> {
            assertThat(m.askIncorrect()).as(m.id()).isTrue();
            assertThat(m.info().prompt().en()).as(m.id()).containsPattern("LEAST appropriate|NOT appropriate");
            assertThat(m.info().facts()).as(m.id()).isNotEmpty();
            assertThat(m.info().explanation().ko()).as(m.id()).isNotBlank();
        });
    }

    @Test
    void absoluteWordsAppearInAtLeastFourTrueOptionsInEachLanguage() {
        List<Text> trueOptions = items.stream().flatMap(m -> trueOptions(m).stream()).toList();
        assertThat(trueOptions.stream().filter(t -> ABSOLUTE_KO.matcher(t.ko()).find())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(trueOptions.stream().filter(t -> ABSOLUTE_EN.matcher(t.en()).find())).hasSizeGreaterThanOrEqualTo(4);
    }
}
