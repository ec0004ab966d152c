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
