package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumTest {

    @Test
    void sciHasOneDecimalAndTwoExponentDigitsLikeTheSketch() {
        assertThat(Num.sci(1.6e-7)).isEqualTo("1.6e-07");
        assertThat(Num.sci(0.3149)).isEqualTo("3.1e-01");
        assertThat(Num.sci(443.0)).isEqualTo("4.4e+02");
        assertThat(Num.sci(0)).isEqualTo("0.0e+00");
    }

    @Test
    void metricKeepsFourSignificantDigitsLikeTheReferenceTable() {
        assertThat(Num.metric(0.237649)).isEqualTo("0.2376");
        assertThat(Num.metric(1613.4)).isEqualTo("1613");
        assertThat(Num.metric(7.2834e-7)).isEqualTo("7.28e-07");
        assertThat(Num.metric(0.5)).isEqualTo("0.5");
        assertThat(Num.metric(2.0)).isEqualTo("2");
        assertThat(Num.metric(-0.00125)).isEqualTo("-0.00125");
        assertThat(Num.metric(0)).isEqualTo("0");
    }

    @Test
    void nonFiniteNumbersAreSpelledAsInTheJson() {
        assertThat(Num.metric(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Num.sci(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Num.metric(Double.NaN)).isEqualTo("nan");
    }

    @Test
    void durationsInMillisecondsThenSeconds() {
        assertThat(Num.duration(9_000_000L)).isEqualTo("9 ms");
        assertThat(Num.duration(9_499_000_000L)).isEqualTo("9499 ms");
        assertThat(Num.duration(12_340_000_000L)).isEqualTo("12.3 s");
    }
}
