package gradcards.demos;

import gradcards.trainer.LayerProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a demo run's metrics (in §5 order), profiles and curves. */
final class RunBuilder {
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final List<LayerProfile> profiles = new ArrayList<>();
    private final List<LossCurve> curves = new ArrayList<>();

    RunBuilder metric(String name, double value) {
        metrics.put(name, value);
        return this;
    }

    /**
     * Starts the metrics of one trained arm: records ARM_diverged (1 when its loss, weights or gradients became
     * non-finite, else 0) and returns a writer that reports every metric of a diverged arm as NaN.
     */
    Arm arm(String name, boolean diverged) {
        metric(name + "_diverged", DemoKit.flag(diverged));
        return new Arm(diverged);
    }

    /** The metrics of one trained arm (see {@link #arm}). */
    final class Arm {
        private final boolean diverged;

        private Arm(boolean diverged) {
            this.diverged = diverged;
        }

        /** Records the metric, or NaN when the arm diverged. */
        Arm metric(String name, double value) {
            RunBuilder.this.metric(name, diverged ? Double.NaN : value);
            return this;
        }
    }

    RunBuilder profile(LayerProfile p) {
        profiles.add(p);
        return this;
    }

    RunBuilder curve(String label, double[] values) {
        curves.add(new LossCurve(label, values));
        return this;
    }

    /** The run, its trainer time 0: the caller times it ({@link TimedDemo}, {@link TrainerBackend}). */
    DemoRun build(String demo, long seed) {
        return new DemoRun(demo, seed, 0, java.util.Collections.unmodifiableMap(metrics), List.copyOf(profiles),
                List.copyOf(curves));
    }
}
