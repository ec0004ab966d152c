package gradcards.demos;

import gradcards.trainer.LayerProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metric names, verdicts, profiles and headlines of the catalogue, checked on the ten-seed runs. */
class DemoContentTest {
    /** The metric names of demos.md §5, in order. */
    private static final Map<String, List<String>> SPEC_NAMES = Map.ofEntries(
        Map.entry("D01", List.of("max_d_sigmoid", "argmax_d_sigmoid", "max_d_tanh", "argmax_d_tanh", "max_d_relu", "relu_d_values", "bound_ratio_max", "delta_ratio", "bound_0.25^9*prod||W||")),
        Map.entry("D02", List.of("w_ratio", "d_ratio", "per_layer_d_factor")),
        Map.entry("D03", List.of("tanh_xavier_d_ratio", "tanh_xavier_w_ratio", "tanh_xavier_sat_frac", "tanh_xavier_mean_dact", "tanh_N(0,1)_sat_frac", "tanh_N(0,1)_mean_dact", "tanh_N(0,1)_d_ratio")),
        Map.entry("D04", List.of("w_ratio", "d_ratio", "dead_frac")),
        Map.entry("D05", List.of("relu_dead_at_init", "relu_dead_after", "relu_zero_grad_units", "leaky_relu_dead_after", "leaky_relu_zero_grad_units", "prelu_dead_after", "prelu_zero_grad_units")),
        Map.entry("D06", List.of("sigmoid_w_ratio", "relu_d_ratio", "relu_w_ratio", "relu_gnorm_small/he")),
        Map.entry("D07", List.of("std_d_h1/h5", "xav_d_h1/h5", "std_w_h2/h5", "xav_w_h2/h5")),
        Map.entry("D08", List.of("xav_out_std", "xav_gnorm", "xav_loss@150", "he__out_std", "he__gnorm", "he__loss@150")),
        Map.entry("D09", List.of("plain_w_ratio", "plain_d_ratio", "plain_loss@150", "bn_w_ratio", "bn_d_ratio", "bn_loss@150")),
        Map.entry("D10", List.of("sig10_w_ratio_p0", "sig10_w_ratio_p0.5", "val_loss_p0.0", "val_acc_p0.0", "train_loss_p0.0", "val_loss_p0.5", "val_acc_p0.5", "train_loss_p0.5")),
        Map.entry("D11", List.of("none_val_loss", "none_|W|", "none_frac|w|<1e-3", "l2_val_loss", "l2_|W|", "l2_frac|w|<1e-3", "l1_val_loss", "l1_|W|", "l1_frac|w|<1e-3", "sig10_none_w_ratio@100", "sig10_l2_w_ratio@100")),
        Map.entry("D12", List.of("best_step", "val@best", "stop_step", "val@stop", "val@600", "train@600")),
        Map.entry("D13", List.of("rand_w1_norm", "rand_w_ratio", "rand_loss@200", "rand_success(<0.3)", "pre_w1_norm", "pre_w_ratio", "pre_loss@200", "pre_success(<0.3)")),
        Map.entry("D14", List.of("d_ratio", "w_ratio", "gnorm_x2/gnorm_he", "loss@0", "noclip_diverged", "noclip_loss@100", "clip1_diverged", "clip1_loss@100")),
        Map.entry("D15", List.of("plain_w_ratio", "plain_d_ratio", "res_w_ratio", "res_d_ratio")));

    private static final List<String> TRAINING_DEMOS = List.of("D05", "D08", "D09", "D10", "D11", "D12", "D13", "D14");

    @Test
    void metricNamesAreExactlyThoseOfTheSpecInOrder() {
        for (Demo d : DemoCatalog.all()) {
            assertThat(List.copyOf(DemoRuns.of(d.id()).get(0).metrics().keySet())).as(d.id())
                    .containsExactlyElementsOf(SPEC_NAMES.get(d.id()));
        }
    }

    @Test
    void verdictsQuoteThisRunsNumbersInBothLanguages() {
        for (Demo d : DemoCatalog.all()) {
            for (DemoRun run : List.of(DemoRuns.of(d.id()).get(0), DemoRuns.of(d.id()).get(7))) {
                var v = d.verdict(run);
                assertThat(v.ko()).as(d.id()).containsPattern("[가-힣]").doesNotContain("\n");
                assertThat(v.en()).as(d.id()).doesNotContainPattern("[가-힣]").doesNotContain("\n");
                assertThat(quotedMetrics(run, v.en())).as(d.id() + ": " + v.en()).isGreaterThanOrEqualTo(1);
                assertThat(quotedMetrics(run, v.ko())).as(d.id() + ": " + v.ko()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    private static long quotedMetrics(DemoRun run, String line) {
        return run.metrics().values().stream()
                .filter(x -> x != 0 && (line.contains(Fmt.num(x)) || line.contains(Fmt.pct(x)))).count();
    }

    @Test
    void profilesCoverEveryLayerAndTrainingDemosHaveCurves() {
        for (Demo d : DemoCatalog.all()) {
            DemoRun run = DemoRuns.of(d.id()).get(0);
            assertThat(run.profiles()).as(d.id()).isNotEmpty();
            for (LayerProfile p : run.profiles()) {
                assertThat(p.weightGradNorms()).hasSameSizeAs(p.deltaNorms());
                assertThat(p.weightGradNorms().length).isGreaterThanOrEqualTo(3);
            }
            boolean trains = TRAINING_DEMOS.contains(d.id());
            assertThat(run.curves().isEmpty()).as(d.id()).isEqualTo(!trains);
        }
    }

    @Test
    void headlinesQuoteTheMeasuredTenSeedMedians() {
        assertThat(DemoHeadlines.all()).extracting(DemoHeadlines.Headline::demo)
                .containsExactlyElementsOf(DemoCatalog.all().stream().map(Demo::id).toList());
        for (DemoHeadlines.Headline h : DemoHeadlines.all()) {
            for (int i = 0; i < h.metrics().size(); i++) {
                String metric = h.metrics().get(i);
                double measured = DemoRuns.summary(h.demo(), metric).median();
                String shown = DemoHeadlines.shows(metric, measured);
                assertThat(DemoHeadlines.shows(metric, h.medians()[i])).as(h.demo() + " " + metric).isEqualTo(shown);
                assertThat(h.text().en()).contains(shown);
                assertThat(h.text().ko()).contains(shown);
            }
        }
    }
}
