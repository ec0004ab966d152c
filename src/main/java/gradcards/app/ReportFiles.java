package gradcards.app;

import gradcards.io.SafeWriter;
import java.nio.file.Path;

/**
 * Writes --report files through the one safe file writer (gradcards.io.SafeWriter): never over the study database or
 * a SQLite file, never over an existing file without --force, and through a temporary file renamed into place so a
 * half-written report never appears.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    /** Refuses, before any work starts, a report path that is the database, exists without --force, or has no folder. */
    static void check(Path file, Path db, boolean force) {
        new SafeWriter(db, force).check(file, "--report");
    }

    /** Writes text to file through a temporary sibling renamed into place (checked again just before). */
    static void write(Path file, Path db, boolean force, String text) {
        new SafeWriter(db, force).writeText(file, "--report", text);
    }
}
