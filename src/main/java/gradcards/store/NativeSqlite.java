package gradcards.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

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

    /** The thread preparing the driver (see {@link #prepareInBackground}), or null. */
    private static volatile Thread preparing;

    private NativeSqlite() {
    }

    /**
     * {@link #useCache} and then loading the driver and its native library (~50 ms of a cold start) on another thread,
     * so that the first core reads options, clock and decks meanwhile; every connection waits for it first
     * ({@link #awaitPrepared}), so the driver never starts loading before its library path is set.
     */
    public static void prepareInBackground(Path cacheRoot) {
        Thread t = new Thread(() -> {
            useCache(cacheRoot);
            Database.preload();
        }, "sqlite-preload");
        t.setDaemon(true);
        preparing = t;
        t.start();
    }

    /** Waits until the driver prepared by {@link #prepareInBackground} is ready (at once when none was started). */
    static void awaitPrepared() {
        Thread t = preparing;
        if (t == null || t == Thread.currentThread()) return;
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true; // the connection still needs the driver: wait on, then keep the interrupt
            }
        }
        preparing = null;
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * Makes the driver load its library from {@code cacheRoot/native/KEY/} (extracting it there first when missing)
     * and log nothing. When the cache cannot be written (a read-only home, a full disk), the library goes to a private
     * folder of this process in the temp folder, else in /dev/shm, removed at exit. Does nothing when the properties
     * are already set or the platform is not Linux; when no folder takes it, the first database use says so in one
     * line ({@link #unavailable}).
     */
    public static void useCache(Path cacheRoot) {
        DRIVER_LOG.setLevel(Level.OFF);
        if (System.getProperty("org.sqlite.lib.path") != null) return;
        if (!System.getProperty("os.name", "").startsWith("Linux")) return;
        try {
            Path dir = cacheRoot.resolve("native").resolve(key());
            Path lib = dir.resolve(LIB);
            if (!Files.isRegularFile(lib)) {
                extract(dir, lib);
                removeOthers(dir);
            }
            use(dir);
            return;
        } catch (IOException | RuntimeException | LinkageError e) {
            // not writable: a folder of this process's own instead
        }
        for (String base : new String[] {System.getProperty("java.io.tmpdir", "/tmp"), "/dev/shm"}) {
            try {
                Path dir = Files.createTempDirectory(Path.of(base), "gradcards-native-");
                dir.toFile().deleteOnExit();
                Path lib = dir.resolve(LIB);
                lib.toFile().deleteOnExit(); // registered after its folder, so deleted before it
                extract(dir, lib);
                use(dir);
                return;
            } catch (IOException | RuntimeException | LinkageError e) {
                // try the next folder
            }
        }
    }

    private static void use(Path dir) {
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", LIB);
        System.setProperty("org.sqlite.tmpdir", dir.toString()); // the driver's clean-up then scans only here
    }

    /** The one line for a driver whose native library could not be loaded (no writable folder to unpack it in). */
    static StoreException unavailable(Throwable cause) {
        return new StoreException(gradcards.i18n.Text.of(
                "SQLite 라이브러리를 불러오지 못했습니다: 풀어 둘 쓰기 가능한 폴더가 없거나 디스크가 가득 찼습니다"
                        + " (XDG_CACHE_HOME을 쓰기 가능한 폴더로 지정하세요, 예: XDG_CACHE_HOME=/tmp/cache-$USER)",
                "could not load SQLite's native library: no writable folder to unpack it in, or the disk is full"
                        + " (point XDG_CACHE_HOME at a writable folder, e.g. XDG_CACHE_HOME=/tmp/cache-$USER)"), cause);
    }

    /**
     * A folder name for this driver version and platform: every gradcards build with the same driver shares it, so
     * no build ever has to delete another one's copy while that one may be loading it.
     */
    static String key() {
        String arch = System.getProperty("os.arch", "unknown").replaceAll("[^A-Za-z0-9_]", "_");
        String version = org.sqlite.SQLiteJDBCLoader.getVersion().replaceAll("[^A-Za-z0-9_.-]", "_");
        return "sqlite-jdbc-" + version + "-" + arch;
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
    }

    /** Copies for other driver versions, untouched for 30 days, are no longer needed. */
    private static void removeOthers(Path keep) {
        long monthAgo = System.currentTimeMillis() - 30L * 86_400_000L;
        try (Stream<Path> siblings = Files.list(keep.getParent())) {
            for (Path old : siblings.filter(p -> !p.equals(keep)).toList()) {
                if (Files.getLastModifiedTime(old).toMillis() > monthAgo) continue;
                try (Stream<Path> files = Files.list(old)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // another process may be cleaning too; an old copy left behind is harmless
        }
    }
}
