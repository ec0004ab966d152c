package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Number forms against values computed independently (Math.pow, plain division). */
class NumberParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "0.25; 0.25", ".25; 0.25", "25.; 25", "1/4; 0.25", "25%; 0.25", "2.5e-1; 0.25", "2.5E-1; 0.25",
        "-0.5; -0.5", "−0.5; -0.5", "+3; 3", "1 / 8; 0.125", "12.5 %; 0.125", "３／４; 0.75", "1e3; 1000"})
    void plainForms(String text, double expected) {
        assertThat(NumberParser.parse(text)).hasValue(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9.5×10⁻⁷", "9.5*10^-7", "9.5x10^-7", "9.5X10^-7", "9.5 × 10^(-7)", "9.5·10⁻⁷",
        "9.5e-7", "9.5E-07", "95×10⁻⁸"})
    void scientificForms(String text) {
        assertThat(NumberParser.parse(text).getAsDouble()).isCloseTo(9.5e-7, within(1e-18));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.25^10", "0.25¹⁰", "1/4^10", "(0.25)^10"})
    void powers(String text) {
        OptionalDouble v = NumberParser.parse(text);
        if (text.startsWith("(")) {
            assertThat(v).isEmpty(); // brackets are only read around an exponent
            return;
        }
        assertThat(v.getAsDouble()).isCloseTo(Math.pow(0.25, 10), within(1e-18));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"", " ", "abc", "1/0", "0/0", "1/2/3", "e5", "1e999", "NaN", "Infinity", "0,25", "1..2",
        "x", "%", "10^", "--1", "배", "about", "약 배"})
    void rejectsNonNumbers(String text) {
        assertThat(NumberParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} vs {1} tol {2}: {3}")
    @CsvSource({"0.2501, 0.25, 0.001, true", "0.251, 0.25, 0.001, false", "0.0005, 0, 0.001, true",
        "-0.25, 0.25, 0.001, false", "9.5e-7, 9.5367431640625e-7, 0.01, true",
        "9.5e-7, 9.5367431640625e-7, 0.001, false"})
    void relativeTolerance(double value, double expected, double tol, boolean ok) {
        assertThat(NumberParser.within(value, expected, tol)).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0.25, 0.25", "1000, 1000", "9.5367431640625e-7, 9.537e-7", "0, 0", "1.5e7, 1.5e7", "-2, -2"})
    void compactDisplay(double v, String expected) {
        assertThat(NumberFormat.compact(v)).isEqualTo(expected);
    }
}
