package gradcards.demos;

import gradcards.trainer.LayerProfile;
import java.util.List;
import java.util.Map;

/**
 * The measurements of one demo run for one seed: the metrics named as in demos.md §5 (insertion order kept),
 * the per-layer gradient profile of each compared configuration, and the loss curves.
 */
public record DemoRun(String demo, long seed, long trainerNanos, Map<String, Double> metrics,
                      List<LayerProfile> profiles, List<LossCurve> curves) {

    /** This run with its trainer time (the demos do not read the clock; their callers time them). */
    public DemoRun withTrainerNanos(long nanos) {
        return new DemoRun(demo, seed, nanos, metrics, profiles, curves);
    }
}
