package gradcards.demos;

import gradcards.bench.KernelBench;
import gradcards.bench.TrainerBench;
import gradcards.trainer.RunExport;
import gradcards.trainer.RunExportJson;
import java.util.List;
import java.util.Optional;

/** The demo backend over the real trainer (gradcards.trainer); it times the runs. */
public final class TrainerBackend implements DemoBackend {

    @Override
    public List<Demo> demos() {
        return DemoCatalog.all().stream().<Demo>map(TimedDemo::new).toList();
    }

    @Override
    public Optional<Demo> byId(String id) {
        return DemoCatalog.byId(id).map(TimedDemo::new);
    }

    @Override
    public String exportJson(RunExport export) {
        return RunExportJson.toJson(export);
    }

    @Override
    public DemoRun runCustom(CustomSpec spec, Progress progress) {
        long start = System.nanoTime();
        DemoRun run = CustomExperiment.run(spec, progress);
        return run.withTrainerNanos(System.nanoTime() - start);
    }

    @Override
    public RunExport exportCustom(CustomSpec spec, int step) {
        return CustomExperiment.export(spec, step);
    }

    @Override
    public double denseGmacs(int width) {
        return TrainerBench.gmacs(width);
    }

    @Override
    public double[] kernelGmacs(int width) {
        return KernelBench.compare(width, 128, 9, 100_000_000L);
    }
}
