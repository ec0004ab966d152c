package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogScaleTest {

    @Test
    void spansWholeDecadesAroundThePositiveFiniteValues() {
        LogScale s = LogScale.spanning(List.of(new double[] {1.6e-7, 0.74}, new double[] {0, Double.NaN, 3.1e-1}));
        assertThat(s).isEqualTo(new LogScale(-7, 0));
        assertThat(s.loLabel()).isEqualTo("1e-07");
        assertThat(s.hiLabel()).isEqualTo("1e+00");
    }

    @Test
    void fractionIsTheLogPositionBetweenTheEnds() {
        LogScale s = new LogScale(-6, 0);
        assertThat(s.fraction(1e-6)).isEqualTo(0.0);
        assertThat(s.fraction(1e-3)).isCloseTo(0.5, within(1e-12));
        assertThat(s.fraction(1)).isEqualTo(1.0);
        assertThat(s.fraction(0)).isEqualTo(0.0);
        assertThat(s.fraction(1e-9)).isEqualTo(0.0);
        assertThat(s.fraction(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }

    @Test
    void aSingleValueStillGetsOneDecade() {
        assertThat(LogScale.spanning(List.of(new double[] {1.0}))).isEqualTo(new LogScale(0, 1));
        assertThat(LogScale.spanning(List.of(new double[] {0.0}))).isEqualTo(new LogScale(-1, 0));
    }
}
