package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    private static String line(double[] v, int width) {
        return Sparkline.render(v, width, Sparkline.Scale.spanning(List.of(v)));
    }

    @Test
    void aFallingCurveGoesFromTheTopLevelToTheBottom() {
        double[] v = new double[200];
        for (int k = 0; k < v.length; k++) v[k] = 2 - k / 200.0;
        String s = line(v, 40);
        assertThat(s).hasSize(40).startsWith("█").endsWith("▁");
        for (int i = 1; i < s.length(); i++) assertThat(s.charAt(i)).isLessThanOrEqualTo(s.charAt(i - 1));
    }

    @Test
    void aShortCurveKeepsOneCellPerStep() {
        assertThat(line(new double[] {0.1, 0.9, 0.5}, 40)).hasSize(3).isEqualTo("▁█▅");
    }

    @Test
    void nonFiniteStretchesAreCrossedOut() {
        double[] v = {0.7, 0.6, 0.5, Double.POSITIVE_INFINITY, Double.NaN};
        assertThat(line(v, 10)).isEqualTo("█▅▁✕✕");
    }

    @Test
    void aFlatCurveSitsInTheMiddle() {
        assertThat(line(new double[] {0.6931, 0.6931, 0.6931}, 10)).isEqualTo("▅▅▅");
    }

    @Test
    void aDivergingCurveDoesNotFlattenTheOthers() {
        double[] exploding = {0.7, 50, 1e30, Double.POSITIVE_INFINITY};
        double[] learning = {0.7, 0.5, 0.3, 0.1};
        Sparkline.Scale s = Sparkline.Scale.spanning(List.of(exploding, learning));
        assertThat(Math.pow(10, s.hi())).isCloseTo(70, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Sparkline.render(exploding, 10, s)).isEqualTo("▃█▲✕");
        assertThat(Sparkline.render(learning, 10, s)).isEqualTo("▃▂▂▁");
    }

    @Test
    void aWideRangeSwitchesToALogScale() {
        Sparkline.Scale s = Sparkline.Scale.spanning(List.of(new double[] {104, 10, 1.5}));
        assertThat(s.log()).isTrue();
        assertThat(s.level(Math.sqrt(104 * 1.5), 8)).isBetween(3, 4);
        assertThat(Sparkline.Scale.spanning(List.of(new double[] {0.69, 0.4})).log()).isFalse();
    }
}
