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
        List<Entry> checked = entries.subList(0, Math.min(maxChecks, entries.size()));
        int kinks = 0;
        for (Entry e : checked) {
            double numeric = GradCheck.numeric(e.cell(), e.index(), ref::totalLoss);
            if (agrees(numeric, e.exported(), floor)) continue;
            // a central difference whose ±h straddles a ReLU/PReLU kink is not the derivative there: it must then
            // move towards the exported value as h shrinks; such entries are counted and must stay rare
            double closer = numericWith(e, ref, GradCheck.H / 100);
            assertThat(Math.abs(closer - e.exported()) < Math.abs(numeric - e.exported()) / 10)
                    .as("%s %s: exported %s vs numeric %s (h/100: %s)", id, e.what(), e.exported(), numeric, closer)
                    .isTrue();
            kinks++;
        }
        assertThat(kinks).as("%s: entries whose finite difference crosses a kink", id)
                .isLessThanOrEqualTo(Math.max(1, checked.size() / 50));
    }

    static List<String> exportableDemos() {
        return DemoCatalog.all().stream().filter(Demo::exportable).map(Demo::id).toList();
    }

    /**
     * Any exportable demo at its first, a middle and its last step, seeds 0 and 4: either every exported number is
     * finite and every gradient equals the independent reverse mode of {@link ReferenceNet} (relative 1e-6, absolute
     * 1e-9, demos.md §4), or the export is refused with one line saying the run diverged (D14 without clipping).
     * Finite differences cannot judge these: a ReLU net with 0.01-scale weights has pre-activations far below any h.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("exportableDemos")
    void everyExportIsFiniteAndCheckedOrRefusedBecauseTheRunDiverged(String id) throws Exception {
        Demo demo = DemoCatalog.byId(id).orElseThrow();
        String range = org.assertj.core.api.Assertions.catchThrowable(() -> demo.export(0, Integer.MAX_VALUE)).getMessage();
        int last = Integer.parseInt(range.replaceAll(".*steps 0\\.\\.(\\d+).*", "$1"));
        int refused = 0;
        for (long seed : new long[] {0, 4}) {
            for (int step : new int[] {0, last / 2, last}) {
                RunExport e;
                try {
                    e = demo.export(seed, step);
                } catch (IllegalArgumentException refusal) {
                    assertThat(refusal.getMessage()).contains(id, "diverged at step").doesNotContain("\n");
                    refused++;
                    continue;
                }
                JsonNode root = JSON.readTree(RunExportJson.toJson(e));
                assertThat(root.toString()).as("%s seed %d step %d", id, seed, step).doesNotContain("NaN", "Infinity");
                ReferenceNet ref = new ReferenceNet(root);
                ReferenceNet.Grads g = ref.gradients();
                for (int l = 0; l < ref.w.size(); l++) {
                    JsonNode layer = root.get("layers").get(l);
                    double[][] dW = ReferenceNet.matrix(layer.get("dW"));
                    double[] db = ReferenceNet.vector(layer.get("db"));
                    String at = id + " seed " + seed + " step " + step + " layer " + l;
                    for (int o = 0; o < dW.length; o++) {
                        for (int i = 0; i < dW[o].length; i++) same(dW[o][i], g.dW().get(l)[o][i], at + " dW");
                        same(db[o], g.db().get(l)[o], at + " db");
                    }
                    if (layer.has("dalpha")) same(layer.get("dalpha").asDouble(), g.dalpha()[l], at + " dalpha");
                }
            }
        }
        assertThat(refused).as(id + " refusals").isEqualTo(id.equals("D14") ? refusedD14() : 0);
    }

    /** How many of D14's exported runs (seeds 0 and 4 at its last step; its middle step too) diverged in training. */
    private static int refusedD14() {
        Demo d14 = DemoCatalog.byId("D14").orElseThrow();
        int n = 0;
        for (long seed : new long[] {0, 4}) {
            for (int step : new int[] {0, 50, 100}) {
                var net = gradcards.trainer.Network.build(new NetSpec(new int[] {2, 32, 32, 32, 32, 32, 32, 32, 32, 32, 1},
                        Activation.RELU, Init.HE.times(2), false, 0, false), Loss.BCE_WITH_LOGITS,
                        new java.util.SplittableRandom(seed), new java.util.SplittableRandom(seed ^ 0x9E3779B97F4A7C15L));
                var r = Trainer.train(net, Datasets.spirals(128), new Sgd(0.9), Trainer.Config.of(step, 0.01),
                        StepListener.NONE);
                if (r.diverged()) n++;
            }
        }
        return n;
    }

    private static void same(double exported, double reference, String what) {
        double diff = Math.abs(exported - reference);
        assertThat(diff <= 1e-9 || diff <= 1e-6 * Math.max(Math.abs(exported), Math.abs(reference)))
                .as("%s: exported %s vs reference %s", what, exported, reference).isTrue();
    }

    private static boolean agrees(double numeric, double exported, double floor) {
        double diff = Math.abs(numeric - exported);
        return diff < floor || diff / Math.max(Math.abs(numeric), Math.abs(exported)) < 1e-6;
    }

    private static double numericWith(Entry e, ReferenceNet ref, double h) {
        double old = e.cell()[e.index()];
        e.cell()[e.index()] = old + h;
        double plus = ref.totalLoss();
        e.cell()[e.index()] = old - h;
        double minus = ref.totalLoss();
        e.cell()[e.index()] = old;
        return (plus - minus) / (2 * h);
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
