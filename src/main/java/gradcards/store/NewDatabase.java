package gradcards.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates a new database file race-free: the schema is built in a private sibling file, which is then linked into
 * place only if the path is still free. Any number of processes may create the same path at once: one link wins and
 * every process then opens that one complete database; no process ever sees a half-made file.
 */
final class NewDatabase {
    /** Builds a complete database in the given file (an absolute path string for SQLite). */
    @FunctionalInterface
    interface Builder {
        void build(String file);
    }

    private NewDatabase() {
    }

    /** When file does not exist, builds a database in a sibling and links it in as file (unless another did first). */
    static void createIfAbsent(Path file, Builder builder) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Path tmp = target.resolveSibling("." + target.getFileName() + ".new-" + ProcessHandle.current().pid()
                + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            builder.build(tmp.toString());
            linkInto(tmp, target);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-wal"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-journal"));
        }
    }

    private static void linkInto(Path tmp, Path target) {
        try {
            Files.createLink(target, tmp); // atomic: fails when the path exists
        } catch (FileAlreadyExistsException e) {
            // another process created it first: we use theirs
        } catch (IOException | UnsupportedOperationException e) {
            moveInto(tmp, target); // a file system without hard links
        }
    }

    private static void moveInto(Path tmp, Path target) {
        try {
            Files.move(tmp, target);
        } catch (FileAlreadyExistsException e) {
            // another process created it first
        } catch (IOException e) {
            throw new StoreException(gradcards.i18n.Text.of(target + " 데이터베이스를 만들 수 없습니다"
                    + " (--db로 쓰기 가능한 경로를 지정하세요)", "cannot create the database " + target
                    + " (use --db with a writable path)"), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden temporary file is harmless; the next creation uses another name
        }
    }
}
