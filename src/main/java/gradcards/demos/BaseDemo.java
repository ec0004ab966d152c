package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Network;
import gradcards.trainer.RunExport;
import gradcards.trainer.RunExports;
import gradcards.trainer.Sgd;
import gradcards.trainer.StepListener;
import gradcards.trainer.Trainer;
import java.util.List;

/** The shared frame of a catalogue demo: identity, the run frame, and export of its plain-MLP setup. */
abstract class BaseDemo implements Demo {
    private final String id;
    private final Text title;
    private final List<String> facts;
    private final double seconds;

    BaseDemo(String id, Text title, List<String> facts, double seconds) {
        this.id = id;
        this.title = title;
        this.facts = List.copyOf(facts);
        this.seconds = seconds;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Text title() {
        return title;
    }

    @Override
    public List<String> facts() {
        return facts;
    }

    @Override
    public double expectedSeconds() {
        return seconds;
    }

    @Override
    public final DemoRun run(long seed, Progress progress) {
        RunBuilder out = new RunBuilder();
        measure(seed, progress, out);
        return out.build(id, seed);
    }

    /** Runs the demo's configurations for one seed and records metrics, profiles and curves. */
    abstract void measure(long seed, Progress progress, RunBuilder out);

    /** The plain-MLP setup exported by {@link #export}, or null when the demo is not a plain MLP. */
    ExportPlan exportPlan(long seed) {
        return null;
    }

    @Override
    public boolean exportable() {
        return exportPlan(0) != null;
    }

    @Override
    public RunExport export(long seed, int step) {
        ExportPlan plan = exportPlan(seed);
        if (plan == null) throw new IllegalArgumentException(id + " is not a plain MLP and cannot be exported");
        if (step < 0 || step > plan.config().steps()) {
            throw new IllegalArgumentException(id + " can be exported at steps 0.." + plan.config().steps());
        }
        Network net = DemoKit.network(plan.spec(), plan.loss(), seed);
        Trainer.Config c = plan.config();
        Trainer.train(net, plan.data(), new Sgd(0.9), new Trainer.Config(step, c.lr(), c.penalty(), c.clip()),
                StepListener.NONE);
        return RunExports.of(id, seed, step, net, plan.data(), c.penalty());
    }
}
