package gradcards.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by Maven after the jar is shaded, under {@code -XX:DumpLoadedClassList}): runs the everyday commands
 * once in this JVM on a throw-away database, so the class list the JVM writes names every class they load, and writes
 * the launcher {@code target/gradcards} from its template. The launcher turns that list into a class-data archive.
 */
public final class ClassListTraining {
    private ClassListTraining() {
    }

    /** Arguments: the launcher template and the launcher to write. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("gradcards-classlist");
        try {
            gradcards.store.NativeSqlite.prepareInBackground(dir); // as Main.main does
            Path db = dir.resolve("train.sqlite");
            List<List<String>> commands = List.of(List.of("--help"), List.of(), List.of("stats"), List.of("stats", "--json"),
                    List.of("config"), List.of("content", "stats"), List.of("study"), List.of("quiz", "--count", "3"),
                    List.of("demo", "list"), List.of("demo", "run", "D01"), List.of("export", "reviews"));
            // then with an exam date ahead: the planner and the readiness forecast load their classes too
            String exam = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString();
            List<List<String>> withExam = List.of(List.of("config", "set", "exam-date", exam), List.of(), List.of("stats"),
                    List.of("stats", "--json"), List.of("wrong"));
            for (String lang : List.of("en", "ko")) {
                for (List<String> c : Stream.concat(commands.stream(), withExam.stream()).toList()) {
                    String[] argv = Stream.concat(Stream.of("--db", db.toString(), "--lang", lang), c.stream())
                            .toArray(String[]::new);
                    int code = Main.run(argv, quietEnv(dir));
                    // the build fails when the shaded jar cannot run an everyday command (e.g. cannot read its decks)
                    if (code != 0) throw new IllegalStateException("'gradcards " + String.join(" ", argv) + "' exited " + code);
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        if (args.length == 2) writeLauncher(Path.of(args[0]), Path.of(args[1]));
    }

    private static Env quietEnv(Path dir) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
        return new Env(Map.of("XDG_DATA_HOME", dir.toString(), "XDG_CACHE_HOME", dir.toString(), "TZ", "UTC"),
                new ByteArrayInputStream(new byte[0]), nowhere, nowhere, false, false);
    }

    private static void writeLauncher(Path template, Path launcher) throws IOException {
        Path tmp = launcher.resolveSibling(launcher.getFileName() + ".tmp");
        Files.copy(template, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(tmp, launcher, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
