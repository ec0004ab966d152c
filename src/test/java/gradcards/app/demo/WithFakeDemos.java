package gradcards.app.demo;

import gradcards.app.DemoBackend;
import gradcards.ui.demo.FakeDemo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs each test with two fake demos (D02 at step 0, D14 training 100 steps) installed as the demo backend. */
abstract class WithFakeDemos {
    final FakeDemo d02 = new FakeDemo("D02", 10, 0);
    final FakeDemo d14 = new FakeDemo("D14", 10, 100);
    private DemoBackend previous;

    @TempDir
    Path dir;

    @BeforeEach
    void installFakes() {
        previous = DemoBackend.install(new FakeBackend(List.of(d02, d14)));
    }

    @AfterEach
    void restore() {
        DemoBackend.install(previous);
    }
}
