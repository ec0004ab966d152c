package gradcards.app;

import gradcards.trainer.demo.Demo;
import gradcards.trainer.demo.RunExport;
import java.util.List;

/** The demo backend over the real trainer (gradcards.trainer). */
final class TrainerBackend implements DemoBackend {

    @Override
    public List<Demo> demos() {
        return List.of();
    }

    @Override
    public String exportJson(RunExport export) {
        throw new UserError("run export is not available in this build");
    }
}
