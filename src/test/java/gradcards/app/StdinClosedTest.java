package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, Why-6: `gradcards study <&-` read the JVM's own modules file as answers; now it refuses in one line. */
class StdinClosedTest {
    @TempDir
    Path dir;

    @Test
    void studyWithStandardInputClosedIsRefusedAndStoresNothing() throws Exception {
        Path db = dir.resolve("closed.sqlite");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "exec \"$0\" -cp \"$1\" gradcards.app.Main --db \"$2\" --content \"$3\" --lang en study <&-";
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd, java, System.getProperty("java.class.path"),
                db.toString(), StudyEndToEndTest.MINI.toAbsolutePath().toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out.strip()).startsWith("gradcards: standard input is closed").hasLineCount(1);
        try (var store = gradcards.store.Database.open(db)) {
            assertThat(store.memories()).isEmpty();
        }
    }

    @Test
    void theJvmsOwnFilesAreRecognisedAndTheLearnersAreNot() {
        String home = System.getProperty("java.home");
        assertThat(StdinOrigin.openedByJvm(Path.of(home, "lib", "modules"))).isTrue();
        assertThat(StdinOrigin.openedByJvm(Path.of("/tmp/app/gradcards.jar"))).isTrue();
        for (String given : List.of("/dev/null", "/home/me/answers.txt", "pipe:[1234]", "/dev/pts/3")) {
            assertThat(StdinOrigin.openedByJvm(Path.of(given))).as(given).isFalse();
        }
    }
}
