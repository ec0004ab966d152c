package gradcards.app;

import gradcards.trainer.RunExportJson;
import gradcards.trainer.TrainerBench;
import gradcards.trainer.demo.CustomExperiment;
import gradcards.trainer.demo.CustomSpec;
import gradcards.trainer.demo.Demo;
import gradcards.trainer.demo.DemoCatalog;
import gradcards.trainer.demo.DemoRun;
import gradcards.trainer.demo.Progress;
import gradcards.trainer.demo.RunExport;
import java.util.List;
import java.util.Optional;

/** The demo backend over the real trainer (gradcards.trainer). */
final class TrainerBackend implements DemoBackend {

    @Override
    public List<Demo> demos() {
        return DemoCatalog.all();
    }

    @Override
    public Optional<Demo> byId(String id) {
        return DemoCatalog.byId(id);
    }

    @Override
    public String exportJson(RunExport export) {
        return RunExportJson.toJson(export);
    }

    @Override
    public DemoRun runCustom(CustomSpec spec, Progress progress) {
        return CustomExperiment.run(spec, progress);
    }

    @Override
    public RunExport exportCustom(CustomSpec spec, int step) {
        return CustomExperiment.export(spec, step);
    }

    @Override
    public double denseGmacs(int width) {
        return TrainerBench.gmacs(width);
    }
}
