package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.demos.DemoRun;
import gradcards.demos.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoJsonTest {

    @Test
    void reportsSeedsTimeAndEveryMetricWithItsSpreadAndValues() throws Exception {
        FakeDemo demo = new FakeDemo("D14", 4, 100);
        List<DemoRun> runs = List.of(demo.run(0, Progress.NONE), demo.run(1, Progress.NONE), demo.run(3, Progress.NONE));
        JsonNode json = new ObjectMapper().readTree(DemoJson.of("D14", runs, demo.verdict(runs.get(0))));
        assertThat(json.get("demo").asText()).isEqualTo("D14");
        assertThat(json.get("seeds").toString()).isEqualTo("[0,1,3]");
        assertThat(json.get("elapsed_ms").asDouble()).isEqualTo(27.0);
        JsonNode w = json.get("metrics").get("w_ratio");
        assertThat(w.get("values").toString()).isEqualTo("[1.0E-7,2.0E-7,4.0E-7]");
        assertThat(w.get("median").asDouble()).isEqualTo(2e-7);
        assertThat(w.get("min").asDouble()).isEqualTo(1e-7);
        assertThat(w.get("max").asDouble()).isEqualTo(4e-7);
        assertThat(json.get("metrics").fieldNames()).toIterable().containsExactly("w_ratio", "d_ratio", "per_layer_d_factor");
        assertThat(json.get("profiles").get(1).get("label").asText()).isEqualTo("relu + He");
        assertThat(json.get("profiles").get(0).get("weight_grad_norms")).hasSize(4);
        assertThat(json.get("verdict").get("ko").asText()).contains("시그모이드");
    }

    @Test
    void nonFiniteNumbersBecomeStrings() throws Exception {
        DemoRun diverged = new FakeDemo("D14", 4, 100).run(3, Progress.NONE);
        JsonNode json = new ObjectMapper().readTree(DemoJson.of("D14", List.of(diverged), null));
        assertThat(json.get("final_loss").get("relu + He").asText()).isEqualTo("inf");
        assertThat(DemoJson.number(Double.NaN).asText()).isEqualTo("nan");
        assertThat(DemoJson.number(Double.NEGATIVE_INFINITY).asText()).isEqualTo("-inf");
        assertThat(json.has("verdict")).isFalse();
    }
}
