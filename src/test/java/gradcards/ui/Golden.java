package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden/. A test compares its output with the file; to accept new output
 * after an intended change, run the tests with -Dgolden.update=true (the files are rewritten, then review the diff):
 * {@code mvn -B -o test -Dtest='*GoldenTest' -Dgolden.update=true}.
 */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.exists(file)).as(file + " is missing: run with -Dgolden.update=true to write it").isTrue();
            assertThat(actual).as("screens differ from " + file + " (run with -Dgolden.update=true to accept)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
