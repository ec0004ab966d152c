package gradcards.app.demo;

import gradcards.render.FakeDemo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Runs each test with two fake demos (D02 at step 0, D14 training 100 steps) as the demo backend. */
abstract class WithFakeDemos {
    final FakeDemo d02 = new FakeDemo("D02", 10, 0);
    final FakeDemo d14 = new FakeDemo("D14", 10, 100);
    final FakeBackend backend = new FakeBackend(List.of(d02, d14));

    @TempDir
    Path dir;

    /** Runs gradcards over the fake demos, output to a pipe. */
    Cli.Result run(String... args) {
        return Cli.run(backend, args);
    }

    /** Runs gradcards over the fake demos, stdout a terminal or not, with extra environment variables. */
    Cli.Result run(boolean terminal, Map<String, String> vars, String... args) {
        return Cli.run(backend, terminal, vars, args);
    }
}
