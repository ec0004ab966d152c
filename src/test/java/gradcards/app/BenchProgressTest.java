package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench store` into a pipe: the report alone, no progress line (carriage returns, erase sequences) mixed in. */
class BenchProgressTest {
    @TempDir
    Path tmp;

    @Test
    void benchStoreIntoAPipeWritesNoProgressLine() {
        TestEnv e = new TestEnv("").var("TMPDIR", tmp.toString());
        TestEnv.Result r = e.result("--lang", "en", "bench", "store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("store bench: 100,200 reviews").contains("whole overview", "p99")
                .doesNotContain("\r", "\u001b");
        assertThat(r.err()).isEmpty();
    }
}
