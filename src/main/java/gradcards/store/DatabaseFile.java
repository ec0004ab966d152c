package gradcards.store;

import gradcards.i18n.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The checks made on a database path before SQLite touches it, so that a wrong path is refused and left alone. */
final class DatabaseFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    /** Makes sure the path can hold a gradcards database: its folder exists and, if the file exists, it is SQLite. */
    static void prepare(Path file) {
        if (file.toString().isBlank()) {
            throw new StoreException(Text.of("--db가 비어 있습니다: 데이터베이스 파일 경로를 주세요 (예: --db ~/gradcards.sqlite)",
                    "--db is empty: give the database's file path (e.g. --db ~/gradcards.sqlite)"));
        }
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw new StoreException(Text.of(file + "은(는) 일반 파일이 아닙니다 (장치나 FIFO): --db로 .sqlite 파일이나 새 경로를 지정하세요",
                    file + " is not a regular file (a device or a FIFO): use --db with a .sqlite file or a new path"));
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(Text.of(file + "은(는) 폴더입니다 (--db로 .sqlite 파일이나 새 경로를 지정하세요)",
                    file + " is a folder, not a gradcards database (use --db with a .sqlite file or a new path)"));
        }
        if (Files.exists(file)) {
            checkHeader(file);
        } else {
            createFolder(file.toAbsolutePath().getParent());
        }
    }

    /** Refuses a non-empty file that does not start with the SQLite header. */
    private static void checkHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(Text.of(file + "을(를) 읽을 수 없습니다: " + reason(e) + " (--db로 읽을 수 있는 경로를 지정하세요)",
                    "cannot read " + file + ": " + reason(e) + " (use --db with a readable path)"), e);
        }
        if (read > 0 && (read < head.length || !Arrays.equals(head, SQLITE_HEADER))) {
            throw notGradcards(file);
        }
        if (!Files.isWritable(file)) {
            throw new StoreException(Text.of(file + "은(는) 읽기 전용입니다 (쓰기 가능하게 하거나 --db로 다른 경로를 지정하세요)",
                    file + " is read-only (make it writable or use --db with another path)"));
        }
    }

    /** Creates the folder of a new database, with its parents. */
    private static void createFolder(Path dir) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(Text.of(dir + "에 데이터베이스를 만들 수 없습니다: "
                    + folderReason(dir, e) + " (--db로 쓰기 가능한 경로를 지정하세요)", "cannot create the database in " + dir
                    + ": " + folderReason(dir, e) + " (use --db with a writable path)"), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(Text.of(
                    dir + "에 데이터베이스를 만들 수 없습니다: 쓰기 권한이 없는 폴더입니다 (--db로 쓰기 가능한 경로를 지정하세요)",
                    "cannot create the database in " + dir + ": the folder is not writable (use --db with a writable path)"));
        }
    }

    private static String folderReason(Path dir, IOException e) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) return p + " is a file, not a folder";
        }
        return e instanceof AccessDeniedException ? "the folder is not writable" : reason(e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getClass().getSimpleName();
    }

    /** The error for a file that is not a gradcards database. */
    static StoreException notGradcards(Path file) {
        return new StoreException(Text.of(file + "은(는) gradcards 데이터베이스가 아닙니다 (--db로 .sqlite 파일이나 새 경로를 지정하세요)",
                file + " is not a gradcards database (use --db with a .sqlite file or a new path)"));
    }
}
