package gradcards.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.trainer.demo.DemoRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadTest {

    private static DemoRun run(long seed, Map<String, Double> metrics) {
        return new DemoRun("D00", seed, 0, metrics, List.of(), List.of());
    }

    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(new Spread("m", new double[] {3, 1, 2}).median()).isEqualTo(2.0);
        assertThat(new Spread("m", new double[] {4, 1, 3, 2}).median()).isEqualTo(2.5);
        assertThat(new Spread("m", new double[] {4, 1, 3, 2}).min()).isEqualTo(1.0);
        assertThat(new Spread("m", new double[] {4, 1, 3, 2}).max()).isEqualTo(4.0);
    }

    @Test
    void divergedSeedsKeepTheirInfinity() {
        Spread s = new Spread("noclip_loss@100", new double[] {Double.POSITIVE_INFINITY, 0.69, Double.POSITIVE_INFINITY});
        assertThat(s.median()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.min()).isEqualTo(0.69);
    }

    @Test
    void collectsEachMetricInFirstRunOrderWithNaNWhereARunLacksIt() {
        Map<String, Double> a = new LinkedHashMap<>();
        a.put("w_ratio", 1e-7);
        a.put("d_ratio", 2e-6);
        Map<String, Double> b = new LinkedHashMap<>();
        b.put("d_ratio", 4e-6);
        List<Spread> spreads = Spread.of(List.of(run(0, a), run(1, b)));
        assertThat(spreads).extracting(Spread::name).containsExactly("w_ratio", "d_ratio");
        assertThat(spreads.get(0).values()).containsExactly(1e-7, Double.NaN);
        assertThat(spreads.get(1).median()).isEqualTo(3e-6);
    }
}
