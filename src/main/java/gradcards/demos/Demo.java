package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.RunExport;
import java.util.List;

/** One demonstration of the catalogue (D01–D15): a small training run whose measurements back a study claim. */
public interface Demo {

    /** The catalogue id, "D01" … "D15". */
    String id();

    /** The title in both languages. */
    Text title();

    /** The fact ids (S01–S44, B01–B25) this demo backs. */
    List<String> facts();

    /** The expected trainer time for one seed, in seconds (for `demo list`). */
    double expectedSeconds();

    /** Runs the demo for one seed; deterministic for a given seed. */
    DemoRun run(long seed, Progress progress);

    /** One line in each language tying this run's measurement to the claim, with the numbers. */
    Text verdict(DemoRun run);

    /** Whether `--export` is supported (plain-MLP demos only). */
    boolean exportable();

    /** The network of this demo exactly as it stands at the given training step, with the trainer's gradients. */
    RunExport export(long seed, int step);
}
