package gradcards.app.demo;

import gradcards.app.DemoBackend;
import gradcards.trainer.demo.Demo;
import gradcards.trainer.demo.RunExport;
import java.util.List;

/** A backend over fake demos; its export JSON names the demo, seed and step so tests can check what was asked. */
record FakeBackend(List<Demo> demos) implements DemoBackend {

    @Override
    public String exportJson(RunExport e) {
        return "{\"demo\": \"" + e.demo() + "\", \"seed\": " + e.seed() + ", \"step\": " + e.step() + "}";
    }
}
