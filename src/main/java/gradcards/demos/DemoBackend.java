package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.RunExport;
import java.util.List;
import java.util.Optional;

/**
 * The trainer services behind the demo commands: the catalogue, the run-export writer, custom experiments and the
 * benchmark. The real one wraps gradcards.trainer
 * ({@link TrainerBackend}); the composition root passes one to the commands, tests pass fakes.
 */
public interface DemoBackend {

    /** The demos of the catalogue, in id order. */
    List<Demo> demos();

    /** The demo with this id ("D02", "d02", "d2", "2": {@link DemoId}). */
    default Optional<Demo> byId(String id) {
        return demos().stream().filter(d -> DemoId.matches(d.id(), id)).findFirst();
    }

    /** The run export as JSON text (demos.md §4). */
    String exportJson(RunExport export);

    /** Trains a custom network and measures it like a demo (IllegalArgumentException for a rejected setting). */
    DemoRun runCustom(CustomSpec spec, Progress progress);

    /** One line on what a custom run shows, with its numbers. */
    default Text customVerdict(DemoRun run) {
        return CustomExperiment.verdict(run);
    }

    /** The custom network at the given step with its gradients. */
    RunExport exportCustom(CustomSpec spec, int step);

    /** The dense forward + backward throughput at this width, in GMAC/s. */
    double denseGmacs(int width);

    /**
     * The dense kernel alone (W·x, dW, dx of one square layer, batch 128) at this width in GMAC/s per CPU second:
     * {scalar reference, blocked}, medians of interleaved rounds; null when this backend has no kernel to measure.
     */
    default double[] kernelGmacs(int width) {
        return null;
    }
}
