package gradcards.app;

import gradcards.error.UserError;
import gradcards.i18n.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes --report files safely: never over the study database, never over an existing file without --force, and
 * through a temporary file renamed into place so a half-written report never appears.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    /** Refuses, before any work starts, a report path that is the database, exists without --force, or has no folder. */
    static void check(Path file, Path db, boolean force) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.equals(db.toAbsolutePath().normalize()) || sameFile(abs, db)) {
            throw new UserError(Text.of(file + "은(는) 학습 데이터베이스입니다; 다른 파일 이름을 주세요",
                    file + " is the study database; give another file name for the report"));
        }
        if (Files.isDirectory(abs)) {
            throw new UserError(Text.of(file + "은(는) 폴더입니다; 파일 이름을 주세요", file + " is a folder; give a file name"));
        }
        if (Files.exists(abs) && !force) {
            throw new UserError(Text.of(file + "이(가) 이미 있습니다 (덮어쓰려면 --force)",
                    file + " already exists (add --force to overwrite it)"));
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError(Text.of(dir + " 폴더가 없습니다; 있는 폴더에 쓰세요", "folder " + dir + " does not exist; write the report into an existing folder"));
        }
    }

    /** Writes text to file through a temporary sibling renamed into place. */
    static void write(Path file, String text) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserError(Text.of(file + "에 쓸 수 없습니다: " + e.getMessage(), "cannot write " + file + ": " + e.getMessage()), e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
