package gradcards.app.demo;

import gradcards.demos.CustomSpec;
import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.demos.DemoRun;
import gradcards.demos.Progress;
import gradcards.i18n.Text;
import gradcards.render.FakeDemo;
import gradcards.trainer.RunExport;
import java.util.ArrayList;
import java.util.List;

/**
 * A backend over fake demos. Its export JSON names the demo, seed and step; a custom run is the fake demo "custom"
 * with depth and steps of the request; the throughput is width / 100 GMAC/s. Requests are recorded.
 */
final class FakeBackend implements DemoBackend {
    private final List<Demo> demos;
    final List<CustomSpec> requests = new ArrayList<>();

    FakeBackend(List<Demo> demos) {
        this.demos = demos;
    }

    @Override
    public List<Demo> demos() {
        return demos;
    }

    @Override
    public String exportJson(RunExport e) {
        return "{\"demo\": \"" + e.demo() + "\", \"seed\": " + e.seed() + ", \"step\": " + e.step() + "}";
    }

    @Override
    public DemoRun runCustom(CustomSpec request, Progress progress) {
        requests.add(request);
        return new FakeDemo("custom", request.depth(), request.steps()).run(request.seed(), progress);
    }

    @Override
    public RunExport exportCustom(CustomSpec request, int step) {
        requests.add(request);
        return new FakeDemo("custom", request.depth(), request.steps()).export(request.seed(), step);
    }

    @Override
    public Text customVerdict(DemoRun run) {
        return Text.of("가짜 판정", "fake verdict");
    }

    @Override
    public double denseGmacs(int width) {
        return width / 100.0;
    }

    @Override
    public double[] kernelGmacs(int width) {
        return new double[] {width / 100.0, width / 50.0};
    }
}
