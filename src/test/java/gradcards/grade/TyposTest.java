package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jamo decomposition against java.text.Normalizer NFD, and edit distances against hand-counted edits. */
class TyposTest {

    @Test
    void jamoOfEverySyllableEqualsTheNfdReference() {
        for (char c = 0xAC00; c <= 0xD7A3; c++) {
            String s = String.valueOf(c);
            assertThat(Typos.jamo(s)).as("U+%04X", (int) c).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFD));
        }
    }

    @Test
    void jamoLeavesOtherTextAlone() {
        assertThat(Typos.jamo("relu l2 ㅇ ×")).isEqualTo("relu l2 ㅇ ×");
    }

    @ParameterizedTest(name = "{0} ↔ {1} = {2}")
    @CsvSource({
        "kitten, sitting, 3", "dropout, dropout, 0", "dropout, dropuot, 1", "dropout, droput, 1",
        "dropout, dropoutt, 1", "sigmoid, sigmiod, 1", "abc, ca, 3", "'', abc, 3", "relu, elu, 1",
        "leakyrelu, reakyrelu, 1", "ab, ba, 1"})
    void editDistance(String a, String b, int expected) {
        assertThat(Typos.editDistance(a, b)).isEqualTo(expected);
        assertThat(Typos.editDistance(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ↔ {1} = {2} jamo edits")
    @CsvSource({
        "드롭아웃, 드롭아웃, 0", "드롭아웃, 드롭아욷, 1", "과적합, 과적함, 1", "경사하강법, 결사하강법, 1",
        "렐루, 엘루, 1", "과대적합, 과소적합, 2", "단층퍼셉트론, 다층퍼셉트론, 1", "기울기소실, 기울기소멸, 2",
        "드롭아웃, 드로바웃, 2"})
    void jamoDistance(String a, String b, int expected) {
        assertThat(Typos.distance(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: forgiving = {1}")
    @CsvSource({"relu, false", "dropout, true", "sigmoi, true", "adamw, false", "렐루, true", "관, false",
        "l1규제, true", "l1, false"})
    void forgivingOnlyForLongEnoughForms(String form, boolean expected) {
        assertThat(Typos.forgiving(form)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} may be a typo of {1}: {2}")
    @CsvSource({"l1규재, l1규제, true", "l2규제, l1규제, false", "selu함수, relu함수, false", "relu함슈, relu함수, true",
        "reakyrelu함수, leakyrelu함수, true", "dropuot, dropout, true"})
    void aTypoNeverChangesANumberOrAShortLatinWord(String input, String form, boolean expected) {
        assertThat(Typos.compatible(input, form)).isEqualTo(expected);
    }
}
