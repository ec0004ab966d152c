package gradcards.io;

import gradcards.error.UserError;
import gradcards.i18n.Text;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way a command writes a file (export reviews --out, demo --svg and --export, and any later one).
 * It refuses the study database (resolved through links and relative paths), its -wal, -shm and -journal files
 * and any SQLite file; it replaces an existing file only when forced; and it writes to a temporary sibling that is
 * renamed into place, so a failed write leaves the old file whole and never a half-written one.
 */
public final class SafeWriter {
    /** Writes the content to an output stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> DB_SIDE_FILES = List.of("", "-wal", "-shm", "-journal");

    private final Path database;
    private final boolean force;
    private final boolean createFolders;

    /** A writer that protects the given study database (may be null) and replaces existing files only when forced. */
    public SafeWriter(Path database, boolean force) {
        this(database, force, false);
    }

    private SafeWriter(Path database, boolean force, boolean createFolders) {
        this.database = database;
        this.force = force;
        this.createFolders = createFolders;
    }

    /** The same writer, but a missing folder of the target is created (as mkdir -p would) instead of refused. */
    public SafeWriter creatingFolders() {
        return new SafeWriter(database, force, true);
    }

    /**
     * Checks that target may be written (before any long work): not the database nor one of its files, not a SQLite
     * file, not a folder, not an existing file unless forced, in a writable folder (which must exist unless
     * creatingFolders).
     */
    public void check(Path target, String option) {
        Path real = resolve(target);
        if (isDatabaseFile(real)) {
            throw refuse(target, option, "학습 데이터베이스(또는 그 -wal/-shm/-journal 파일)입니다: 다른 파일 이름을 고르세요",
                    "it is the study database (or its -wal/-shm/-journal file): choose another file name");
        }
        if (Files.isDirectory(real)) {
            throw refuse(target, option, "폴더입니다: 파일 경로를 주세요", "it is a folder: give a file path");
        }
        if (Files.exists(real)) {
            if (isSqlite(real)) {
                throw refuse(target, option, "SQLite 데이터베이스입니다: 덮어쓰지 않습니다, 다른 파일 이름을 고르세요",
                        "it is a SQLite database: it is never overwritten, choose another file name");
            }
            if (!force) {
                throw refuse(target, option, "이미 있는 파일입니다: 바꾸려면 --force를 더하세요",
                        "the file already exists: add --force to replace it");
            }
        }
        Path dir = real.getParent();
        if (!createFolders && (dir == null || !Files.isDirectory(dir))) {
            throw refuse(target, option, "폴더 " + dir + "가 없습니다: 있는 폴더의 경로를 주세요",
                    "the folder " + dir + " does not exist: give a path in an existing folder");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing)) {
            throw refuse(target, option, existing + "는 폴더가 아니라 파일입니다: 다른 경로를 주세요",
                    existing + " is a file, not a folder: give another path");
        }
        if (!Files.isWritable(existing)) {
            throw refuse(target, option, "폴더 " + existing + "에 쓸 권한이 없습니다: 쓰기 가능한 폴더를 고르세요",
                    "the folder " + existing + " is not writable: choose a writable folder");
        }
    }

    /** Checks target, then writes the body to a temporary sibling and renames it into place (atomically). */
    public void write(Path target, String option, Body body) {
        check(target, option);
        Path real = resolve(target);
        Path tmp = real.resolveSibling("." + real.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            if (createFolders) Files.createDirectories(real.getParent());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            check(target, option); // the check again, just before the rename: nothing became the database meanwhile
            Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError(Text.of(option + " " + target + "에 쓰지 못했습니다: " + reason(e)
                    + " (디스크 공간과 폴더 권한을 확인하세요; 원래 파일은 그대로입니다)", "cannot write " + option + " "
                    + target + ": " + reason(e) + " (check the free disk space and the folder's permissions; "
                    + "any old file is left whole)"), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless
            }
        }
    }

    /** Writes text as UTF-8 (see write). */
    public void writeText(Path target, String option, String text) {
        write(target, option, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The path with links and relative parts resolved as far as it exists (a new file: its resolved folder). */
    static Path resolve(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            if (parent == null) return abs;
            Path name = abs.getFileName();
            if (Files.isSymbolicLink(abs)) { // a dangling link: where it points
                try {
                    Path to = Files.readSymbolicLink(abs);
                    return resolve(parent.resolve(to));
                } catch (IOException ignored) {
                    return abs;
                }
            }
            return resolve(parent).resolve(name);
        }
    }

    private boolean isDatabaseFile(Path real) {
        if (database == null) return false;
        Path db = resolve(database);
        for (String suffix : DB_SIDE_FILES) {
            Path side = db.resolveSibling(db.getFileName() + suffix);
            if (real.equals(side)) return true;
            try {
                if (Files.exists(side) && Files.exists(real) && Files.isSameFile(real, side)) return true; // hard links
            } catch (IOException ignored) {
                // cannot compare: the names differ, which is enough
            }
        }
        return false;
    }

    private static boolean isSqlite(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) return false;
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static UserError refuse(Path target, String option, String korean, String english) {
        return new UserError(Text.of(option + " " + target + "에 쓸 수 없습니다: " + korean,
                "cannot write " + option + " " + target + ": " + english));
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof NoSuchFileException) return "no such file or folder";
        if (t instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replaceAll("\\s*\\R\\s*", " ");
    }
}
