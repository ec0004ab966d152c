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

    /**
     * Issue 12, Why-11: an unwritable temp folder and an unwritable cache folder (paths below a regular file, which no
     * user, root included, can create). Before: a stack trace of sqlite-jdbc. Now the library goes to a folder of the
     * process's own in /dev/shm and the command works, printing nothing on stderr.
     */
    @Test
    void withTheCacheAndTheTempFolderUnwritableTheLibraryLoadsFromAnotherFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Result r = child(file.resolve("cache"), List.of("-Djava.io.tmpdir=" + file.resolve("tmp")), "stats");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Statistics");
    }

    /** When no folder at all takes the library (here: the driver told to load it from nowhere), one line, no trace. */
    @Test
    void whenTheLibraryCannotBeLoadedAtAllItIsOneClearLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        for (String lang : List.of("en", "ko")) {
            Result r = child(file.resolve("cache"), List.of("-Djava.io.tmpdir=" + file.resolve("tmp"),
                    "-Dorg.sqlite.lib.path=" + file.resolve("nowhere")), "--lang", lang, "stats");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).hasLineCount(1).doesNotContain("Exception", "\tat ").contains(lang.equals("en")
                    ? "gradcards: could not load SQLite's native library: no writable folder to unpack it in"
                    : "gradcards: SQLite 라이브러리를 불러오지 못했습니다").contains("XDG_CACHE_HOME");
        }
        assertThat(tmp.resolve("db.sqlite")).doesNotExist();
    }

    private record Result(int code, String out, String err) {
    }

    private Result child(Path cache, List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "gradcards.app.Main", "--db",
                tmp.resolve("db.sqlite").toString(), "--now", "2026-12-01T09:00:00Z", "--plain"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("TZ", "UTC");
        pb.environment().put("LANG", "C.UTF-8");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, new String(err.get(), StandardCharsets.UTF_8));
    }
}
