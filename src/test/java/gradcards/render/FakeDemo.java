package gradcards.render;

import gradcards.demos.Demo;
import gradcards.demos.DemoRun;
import gradcards.demos.LossCurve;
import gradcards.demos.Progress;
import gradcards.i18n.Text;
import gradcards.trainer.LayerProfile;
import gradcards.trainer.RunExport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in demo for presentation tests: "sigmoid" gradients shrink ×0.25 per layer from 0.74 at the output,
 * "relu + He" stay near 0.4; the metric w_ratio is (seed + 1) × 1e-7; seed 3 makes the relu loss diverge.
 */
public class FakeDemo implements Demo {
    private final String id;
    private final int depth;
    private final int steps;
    public final List<Long> seedsRun = new ArrayList<>();

    public FakeDemo(String id, int depth, int steps) {
        this.id = id;
        this.depth = depth;
        this.steps = steps;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Text title() {
        return Text.of("시그모이드 깊이 " + depth + ": 층별 기울기", "Sigmoid at depth " + depth + ": per-layer gradients");
    }

    @Override
    public List<String> facts() {
        return List.of("S01", "S10", "B02");
    }

    @Override
    public double expectedSeconds() {
        return 0.004;
    }

    @Override
    public DemoRun run(long seed, Progress progress) {
        seedsRun.add(seed);
        for (int k = 0; k <= steps; k += 10) progress.update("sigmoid", k, steps, 0.69);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("w_ratio", (seed + 1) * 1e-7);
        metrics.put("d_ratio", 2.41e-6);
        metrics.put("per_layer_d_factor", 0.2376);
        List<LayerProfile> profiles = List.of(profile("sigmoid + Xavier", 0.25), profile("relu + He", 0.97));
        return new DemoRun(id, seed, 9_000_000L, metrics, profiles, curves(seed));
    }

    private LayerProfile profile(String label, double factor) {
        double[] w = new double[depth];
        double[] d = new double[depth];
        for (int l = depth - 1; l >= 0; l--) {
            w[l] = 0.74 * Math.pow(factor, depth - 1 - l);
            d[l] = w[l] * 2;
        }
        return new LayerProfile(label, w, d);
    }

    private List<LossCurve> curves(long seed) {
        if (steps == 0) return List.of(new LossCurve("sigmoid + Xavier", new double[] {0.6931}));
        double[] flat = new double[steps + 1];
        double[] falling = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            flat[k] = 0.6931;
            falling[k] = seed == 3 && k > steps / 2 ? Double.POSITIVE_INFINITY : 0.6931 * Math.exp(-k / 50.0);
        }
        return List.of(new LossCurve("sigmoid + Xavier", flat), new LossCurve("relu + He", falling));
    }

    @Override
    public Text verdict(DemoRun run) {
        String r = Num.metric(run.metrics().get("w_ratio"));
        return Text.of("시그모이드: 1층은 출력층 기울기의 " + r + "배만 받습니다 — 오차 신호가 거의 사라집니다 (S01, S10). "
                        + "ReLU + He는 0.42를 유지합니다 (S18, B02).",
                "Sigmoid: layer 1 receives " + r + " of the output layer's gradient — the error signal all but "
                        + "vanishes (S01, S10). ReLU + He keeps 0.42 of it (S18, B02).");
    }

    @Override
    public boolean exportable() {
        return true;
    }

    @Override
    public RunExport export(long seed, int step) {
        if (step > steps) throw new IllegalArgumentException("step " + step + " is past the last step " + steps);
        RunExport.Layer layer = new RunExport.Layer(2, 1, "linear", new double[][] {{0.5, -0.25}}, new double[] {0},
                null, null, new double[][] {{0.1, 0.2}}, new double[] {0.3}, null);
        return new RunExport(id, seed, step, List.of(layer), "bce_with_logits", new double[][] {{1, 2}},
                new double[][] {{1}}, 0, 0);
    }
}
