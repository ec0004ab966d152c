package gradcards.demos;

import gradcards.trainer.LayerProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomExperimentTest {

    private static CustomSpec spec(int depth, int width, String act, String init, int steps, double lr, long seed,
                                   String data) {
        return new CustomSpec(depth, width, act, init, false, 0, 0, 0, 0, false, "sgd", steps, lr, seed, data);
    }

    @Test
    void stepZeroMetricsEqualTheCatalogueDemoWithTheSameSetup() {
        DemoRun custom = CustomExperiment.run(spec(10, 32, "sigmoid", "xavier_uniform", 0, 0.1, 3, "spirals"),
                Progress.NONE);
        DemoRun d02 = DemoCatalog.byId("D02").orElseThrow().run(3, Progress.NONE);
        assertThat(custom.metrics().get("w_ratio")).isEqualTo(d02.metrics().get("w_ratio"));
        assertThat(custom.metrics().get("d_ratio")).isEqualTo(d02.metrics().get("d_ratio"));
        assertThat(custom.metrics()).containsKeys("w_ratio", "d_ratio", "gnorm", "sat_frac", "dead_frac", "final_loss");
        assertThat(custom.profiles()).extracting(LayerProfile::label).containsExactly("step 0", "step 0");
    }

    @Test
    void trainingMatchesTheDropoutDemosBaseline() {
        DemoRun custom = CustomExperiment.run(spec(3, 32, "relu", "he_normal", 300, 0.02, 1, "teacher"), Progress.NONE);
        DemoRun d10 = DemoCatalog.byId("D10").orElseThrow().run(1, Progress.NONE);
        assertThat(custom.metrics().get("final_loss")).isCloseTo(d10.metrics().get("train_loss_p0.0"),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(custom.curves().get(0).values()).hasSize(301);
    }

    @Test
    void everyOptionRuns() {
        CustomSpec s = new CustomSpec(6, 16, "prelu", "he_normal*2", true, 0.2, 1e-4, 1e-3, 1.0, true, "adam", 20,
                0.01, 5, "spirals");
        DemoRun r = CustomExperiment.run(s, Progress.NONE);
        assertThat(r.metrics().get("final_loss")).isFinite().isLessThan(r.curves().get(0).values()[0]);
        assertThat(CustomExperiment.verdict(r).en()).contains("final loss");
    }

    @Test
    void exportRefusesBatchNormAndResidual() {
        CustomSpec s = new CustomSpec(4, 8, "relu", "he", true, 0, 0, 0, 0, false, "sgd", 5, 0.1, 0, "spirals");
        assertThatThrownBy(() -> CustomExperiment.export(s, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch norm");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|32|sigmoid|xavier|0|0.1|sgd|spirals|depth must be between 2 and 100 (got 1)",
        "4|0|sigmoid|xavier|0|0.1|sgd|spirals|width must be between 1 and 1024 (got 0)",
        "4|8|swish|xavier|0|0.1|sgd|spirals|unknown activation 'swish' (allowed: sigmoid, tanh, relu, leaky_relu, prelu, linear)",
        "4|8|relu|lecun|0|0.1|sgd|spirals|unknown init 'lecun'",
        "4|8|relu|he|1.0|0.1|sgd|spirals|dropout must be at least 0 and below 1 (got 1.0)",
        "4|8|relu|he|0|0|sgd|spirals|lr must be a positive number (got 0.0)",
        "4|8|relu|he|0|0.1|rmsprop|spirals|unknown optimizer 'rmsprop' (allowed: sgd, adam)",
        "4|8|relu|he|0|0.1|sgd|mnist|unknown data 'mnist' (allowed: spirals, teacher)"})
    void validationSaysWhatIsAllowed(int depth, int width, String act, String init, double dropout, double lr,
                                     String opt, String data, String message) {
        assertThatThrownBy(() -> new CustomSpec(depth, width, act, init, false, dropout, 0, 0, 0, false, opt, 10, lr, 0,
                data)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message)
                .hasMessageNotContaining("\n");
    }
}
