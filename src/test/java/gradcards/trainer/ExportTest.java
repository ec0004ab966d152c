package gradcards.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.demos.Demo;
import gradcards.demos.DemoCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exported gradients agree with finite differences of an independent forward pass over the exported JSON. */
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One exported gradient entry: where it lives and its value. */
    private record Entry(String what, double[] cell, int index, double exported) {
    }

    @ParameterizedTest
    @CsvSource({"D02, 0, 400", "D10, 3, 100000", "D11, 5, 100000", "D05, 2, 300", "D14, 0, 300", "D12, 20, 300", "D07, 0, 300"})
    void exportedGradientsMatchFiniteDifferencesOfAnIndependentForward(String id, int step, int maxChecks)
            throws Exception {
        Demo demo = DemoCatalog.byId(id).orElseThrow();
        JsonNode root = JSON.readTree(RunExportJson.toJson(demo.export(4, step)));
        assertThat(root.get("demo").asText()).isEqualTo(id);
        assertThat(root.get("step").asInt()).isEqualTo(step);
        ReferenceNet ref = new ReferenceNet(root);
        // the round-off of a central difference grows with the loss, so the absolute floor of 1e-9 scales with it
        double floor = 1e-9 * Math.max(1.0, Math.abs(ref.totalLoss()));
        List<Entry> entries = entries(root, ref);
        Collections.shuffle(entries, new Random(1));
        for (Entry e : entries.subList(0, Math.min(maxChecks, entries.size()))) {
            double numeric = GradCheck.numeric(e.cell(), e.index(), ref::totalLoss);
            double diff = Math.abs(numeric - e.exported());
            double rel = diff / Math.max(Math.abs(numeric), Math.abs(e.exported()));
            assertThat(diff < floor || rel < 1e-6).as("%s %s: exported %s vs numeric %s", id, e.what(), e.exported(),
                    numeric).isTrue();
        }
    }

    private static List<Entry> entries(JsonNode root, ReferenceNet ref) {
        List<Entry> out = new ArrayList<>();
        for (int l = 0; l < ref.w.size(); l++) {
            JsonNode layer = root.get("layers").get(l);
            double[][] dW = ReferenceNet.matrix(layer.get("dW"));
            double[] db = ReferenceNet.vector(layer.get("db"));
            for (int o = 0; o < dW.length; o++) {
                for (int i = 0; i < dW[o].length; i++) out.add(new Entry("W" + l + "[" + o + "][" + i + "]", ref.w.get(l)[o], i, dW[o][i]));
                out.add(new Entry("b" + l + "[" + o + "]", ref.b.get(l), o, db[o]));
            }
            if (layer.has("dalpha")) out.add(new Entry("alpha" + l, ref.alpha.get(l), 0, layer.get("dalpha").asDouble()));
        }
        return out;
    }

    @Test
    void customExportWithAdamPenaltiesDropoutAndLeakyReluMatchesFiniteDifferences() throws Exception {
        var spec = new gradcards.demos.CustomSpec(4, 12, "leaky_relu", "xavier_uniform", false, 0.3, 1e-3, 1e-2,
                0.5, false, "adam", 10, 0.01, 2, "teacher");
        JsonNode root = JSON.readTree(RunExportJson.toJson(gradcards.demos.CustomExperiment.export(spec, 4)));
        ReferenceNet ref = new ReferenceNet(root);
        double floor = 1e-9 * Math.max(1.0, Math.abs(ref.totalLoss()));
        for (Entry e : entries(root, ref)) {
            double numeric = GradCheck.numeric(e.cell(), e.index(), ref::totalLoss);
            double diff = Math.abs(numeric - e.exported());
            assertThat(diff < floor || diff / Math.abs(numeric) < 1e-6).as("%s: %s vs %s", e.what(), e.exported(),
                    numeric).isTrue();
        }
        assertThat(root.get("l1").asDouble()).isEqualTo(1e-3);
        assertThat(root.get("layers").get(0).get("alpha").asDouble()).isEqualTo(0.01);
    }

    @Test
    void jsonHasTheSpecKeysAndRoundTripsDoublesExactly() throws Exception {
        RunExport e = DemoCatalog.byId("D10").orElseThrow().export(0, 2);
        JsonNode root = JSON.readTree(RunExportJson.toJson(e));
        JsonNode layer = root.get("layers").get(0);
        assertThat(layer.has("mask")).isTrue();
        assertThat(root.get("layers").get(2).has("mask")).isFalse();
        List<String> keys = new ArrayList<>();
        layer.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("in", "out", "activation", "W", "b", "mask", "dW", "db");
        assertThat(layer.get("W").get(3).get(5).asDouble()).isEqualTo(e.layers().get(0).w()[3][5]);
        assertThat(layer.get("dW").get(7).get(1).asDouble()).isEqualTo(e.layers().get(0).dW()[7][1]);
        assertThat(root.get("inputs").size()).isEqualTo(100);
        assertThat(root.get("l2").asDouble()).isZero();
    }

    @Test
    void preluLayersCarryAlphaAndItsGradient() throws Exception {
        JsonNode layer = JSON.readTree(RunExportJson.toJson(DemoCatalog.byId("D05").orElseThrow().export(0, 0)))
                .get("layers").get(0);
        assertThat(layer.get("activation").asText()).isEqualTo("prelu");
        assertThat(layer.get("alpha").asDouble()).isEqualTo(0.25);
        assertThat(layer.has("dalpha")).isTrue();
    }

    @Test
    void nonPlainDemosRefuseToExport() {
        for (String id : List.of("D09", "D13", "D15")) {
            Demo d = DemoCatalog.byId(id).orElseThrow();
            assertThat(d.exportable()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.export(0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id);
        }
    }
}
