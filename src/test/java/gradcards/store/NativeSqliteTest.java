package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several gradcards processes starting at once: one native library in the cache, nothing in temp, nothing on stderr. */
class NativeSqliteTest {
    @TempDir
    Path tmp;

    @Test
    void threeProcessesAtOnceShareOneCachedLibraryAndPrintNothingOnStderr() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + javaTmp, "-cp",
                    System.getProperty("java.class.path"), "gradcards.app.Main", "--db",
                    tmp.resolve("db" + i + ".sqlite").toString(), "--now", "2026-12-01T09:00:00Z", "--plain");
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            pb.environment().put("TZ", "UTC");
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            ps.add(pb.start());
        }
        for (Process p : ps) {
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            assertThat(err).isEmpty();
        }
        try (Stream<Path> left = Files.list(javaTmp)) {
            assertThat(left.toList()).as("files the driver left in the temp folder").isEmpty();
        }
        try (Stream<Path> libs = Files.walk(cache)) {
            assertThat(libs.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .containsExactly("libsqlitejdbc.so");
        }
    }
}
