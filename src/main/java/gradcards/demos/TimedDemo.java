package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.RunExport;
import java.util.List;

/**
 * A demo whose runs carry their trainer time: the demos measure, the caller (here, for the app's backend) times.
 * Everything else is the wrapped demo's.
 */
public record TimedDemo(Demo demo) implements Demo {
    @Override
    public String id() {
        return demo.id();
    }

    @Override
    public Text title() {
        return demo.title();
    }

    @Override
    public List<String> facts() {
        return demo.facts();
    }

    @Override
    public double expectedSeconds() {
        return demo.expectedSeconds();
    }

    @Override
    public DemoRun run(long seed, Progress progress) {
        long start = System.nanoTime();
        DemoRun run = demo.run(seed, progress);
        return run.withTrainerNanos(System.nanoTime() - start);
    }

    @Override
    public Text verdict(DemoRun run) {
        return demo.verdict(run);
    }

    @Override
    public boolean exportable() {
        return demo.exportable();
    }

    @Override
    public RunExport export(long seed, int step) {
        return demo.export(seed, step);
    }
}
