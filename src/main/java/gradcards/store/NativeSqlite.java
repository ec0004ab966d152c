package gradcards.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where sqlite-jdbc finds its native library. By default the driver runs {@code uname}, scans {@code /proc}, writes a
 * 1.1 MB copy of the library into the temp folder and deletes other processes' copies on every start (several
 * processes at once then log a stack trace). Pointing it at one copy kept in the learner's cache folder, extracted
 * once per driver jar, removes all of that.
 */
public final class NativeSqlite {
    private static final String LIB = "libsqlitejdbc.so";
    /** The driver logs through java.util.logging; held strongly so the level set here is not collected away. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.sqlite");

    private NativeSqlite() {
    }

    /**
     * Makes the driver load its library from {@code cacheRoot/native/KEY/} (extracting it there first when missing)
     * and log nothing. Does nothing when the properties are already set, the platform is not Linux, or anything
     * fails: the driver then loads its library as it always did.
     */
    public static void useCache(Path cacheRoot) {
        DRIVER_LOG.setLevel(Level.OFF);
        if (System.getProperty("org.sqlite.lib.path") != null) return;
        if (!System.getProperty("os.name", "").startsWith("Linux")) return;
        try {
            Path dir = cacheRoot.resolve("native").resolve(key());
            Path lib = dir.resolve(LIB);
            if (!Files.isRegularFile(lib)) extract(dir, lib);
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", LIB);
            System.setProperty("org.sqlite.tmpdir", dir.toString()); // the driver's clean-up then scans only here
        } catch (IOException | RuntimeException e) {
            // fall back to the driver's own extraction
        }
    }

    /** A folder name that changes whenever the driver's jar (or the app jar it is shaded into) changes. */
    static String key() throws IOException {
        String arch = System.getProperty("os.arch", "unknown").replaceAll("[^A-Za-z0-9_]", "_");
        CodeSource src = org.sqlite.JDBC.class.getProtectionDomain().getCodeSource();
        if (src == null) return arch + "-unknown";
        try {
            Path jar = Path.of(src.getLocation().toURI());
            return arch + "-" + Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return arch + "-unknown";
        }
    }

    private static void extract(Path dir, Path lib) throws IOException {
        String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LIB;
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".lib-", ".tmp");
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no bundled native library at " + resource);
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        // Copies for other driver jars are left alone: another gradcards (another build, another version) may be
        // loading one right now, and deleting it under that process made its driver fail (UnsatisfiedLinkError).
    }
}
