package gradcards.app;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs gradcards in a child JVM for which file permissions apply. The suite runs as root here, and root reads and
 * writes through chmod 000 and read-only folders, so as root the child is started as the unprivileged user 65534
 * with setpriv (a test is skipped, saying why, only when setpriv is missing). The child's class path is made
 * readable for that user (entries under a private folder such as ~/.m2 are linked or copied into a shared one).
 */
public final class Unprivileged {
    /** The outcome of one child run. */
    public record Result(int code, String out, String err) {
    }

    /** The user the child runs as when the tests run as root (nobody). */
    public static final int UID = 65534;

    private static String classPath;

    private Unprivileged() {
    }

    /** Whether the tests run as root (permissions do not stop them). */
    public static boolean root() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Makes a folder of a test's own (and its parents up to the temp root) reachable and writable for the child. */
    public static Path shared(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            if (!dir.toAbsolutePath().startsWith(tmp)) return dir; // only folders of the tests' own are opened up
            for (Path p = dir.toAbsolutePath().getParent(); p != null && !p.equals(tmp); p = p.getParent()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs gradcards (java -cp … gradcards.app.Main args) as the unprivileged user when root, with HOME and
     * XDG_CACHE_HOME in home (made shared), LANG C.UTF-8 and TZ UTC plus vars, and stdin the given text.
     */
    public static Result run(Path home, Map<String, String> vars, List<String> jvmOptions, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (root()) {
            Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv").map(Path::of)
                    .filter(Files::isExecutable).findFirst().orElse(null);
            if (setpriv == null) abort("the tests run as root and setpriv (util-linux) is missing: cannot run a child "
                    + "for which file permissions apply");
            cmd.addAll(List.of(setpriv.toString(), "--reuid=" + UID, "--regid=" + UID, "--clear-groups"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath(), "gradcards.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        shared(home);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("LANG", "C.UTF-8"); // a UTF-8 locale that exists everywhere (stderr is encoded by it)
        pb.environment().put("TZ", "UTC");
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().putAll(vars);
        pb.directory(home.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[][] outErr = new byte[2][];
        Thread errReader = new Thread(() -> {
            try {
                outErr[1] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                outErr[1] = new byte[0];
            }
        });
        errReader.start();
        outErr[0] = p.getInputStream().readAllBytes();
        errReader.join();
        return new Result(p.waitFor(), new String(outErr[0], StandardCharsets.UTF_8), new String(outErr[1], StandardCharsets.UTF_8));
    }

    /** The test class path with every entry readable by the unprivileged user. */
    static synchronized String classPath() throws IOException {
        if (classPath != null) return classPath;
        Path lib = null;
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            if (!Files.exists(p) || !root() || readableByOthers(p)) {
                entries.add(p.toString());
                continue;
            }
            if (lib == null) {
                lib = shared(Files.createTempDirectory("gradcards-cp-"));
                Path made = lib;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            }
            Path copy = lib.resolve(entries.size() + "-" + p.getFileName());
            if (Files.isDirectory(p)) copyTree(p, copy);
            else linkOrCopy(p, copy);
            entries.add(copy.toString());
        }
        classPath = String.join(File.pathSeparator, entries);
        return classPath;
    }

    private static boolean readableByOthers(Path p) throws IOException {
        if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_READ)) return false;
        for (Path d = Files.isDirectory(p) ? p : p.getParent(); d != null; d = d.getParent()) {
            if (!Files.getPosixFilePermissions(d).contains(PosixFilePermission.OTHERS_EXECUTE)) return false;
        }
        if (Files.isDirectory(p)) { // the classes inside must be readable too
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.toList()) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
                    if (!perms.contains(PosixFilePermission.OTHERS_READ)
                            || Files.isDirectory(f) && !perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
            if (Files.getPosixFilePermissions(to).contains(PosixFilePermission.OTHERS_READ)) return;
            Files.delete(to);
        } catch (IOException | UnsupportedOperationException e) {
            // another file system: copy
        }
        Files.copy(from, to);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                    Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(f, t);
                    Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // a temp folder left behind is harmless
        }
    }
}
