package gradcards.demos;

import gradcards.trainer.LayerProfile;

/** Helpers for verdict lines: numbers read back from a run's profiles. */
final class Verdicts {
    private Verdicts() {
    }

    /** w_ratio of the profile with the label, or NaN when the run has no such profile. */
    static double profileWRatio(DemoRun run, String label) {
        for (LayerProfile p : run.profiles()) {
            if (p.label().equals(label)) {
                double[] w = p.weightGradNorms();
                return w[0] / w[w.length - 1];
            }
        }
        return Double.NaN;
    }

    /** The metric, or NaN when absent. */
    static double metric(DemoRun run, String name) {
        return run.metrics().getOrDefault(name, Double.NaN);
    }
}
