package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, Why-1, 2, 5: no command writes onto the database or over a file by accident; write errors are errors. */
class FileSafetyTest {
    @TempDir
    Path dir;
    Path db;
    byte[] dbBytes;

    @BeforeEach
    void aDatabaseWithAnswers() throws IOException {
        db = dir.resolve("gradcards.sqlite");
        assertThat(new TestEnv("\n3\n").run("--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", "2026-12-01T09:00:00Z", "study")).isZero();
        dbBytes = Files.readAllBytes(db);
    }

    @Test
    void exportOutIsRefusedOnTheDatabaseThroughALinkARelativePathAndOnItsSideFiles() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.sqlite"), db);
        Path relative = Path.of("").toAbsolutePath().relativize(db);
        for (Path target : List.of(db, link, relative, dir.resolve("sub/../gradcards.sqlite"),
                dir.resolve("gradcards.sqlite-wal"), dir.resolve("gradcards.sqlite-journal"))) {
            TestEnv.Result r = TestEnv.cli("--db", db.toString(), "export", "reviews", "--out", target.toString(), "--force");
            assertThat(r.code()).as(target.toString()).isEqualTo(1);
            assertThat(r.err()).contains("it is the study database").hasLineCount(1);
            assertThat(Files.readAllBytes(db)).isEqualTo(dbBytes);
        }
    }

    @Test
    void exportOutReplacesAnExistingFileOnlyWithForceAndNeverAnySqliteFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("old.csv"), "keep me");
        TestEnv.Result r = TestEnv.cli("--db", db.toString(), "export", "reviews", "--out", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("already exists: add --force").hasLineCount(1);
        assertThat(Files.readString(csv)).isEqualTo("keep me");
        assertThat(TestEnv.cli("--db", db.toString(), "export", "reviews", "--out", csv.toString(), "--force").code()).isZero();
        assertThat(Files.readString(csv)).startsWith(ExportCommand.HEADER);
        Path other = Files.copy(db, dir.resolve("other.sqlite"));
        r = TestEnv.cli("--db", db.toString(), "export", "reviews", "--out", other.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("it is a SQLite database");
        assertThat(Files.readAllBytes(other)).isEqualTo(dbBytes);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void demoSvgAndExportNeverOverwriteTheDatabaseAndReplaceFilesOnlyWithForce() throws IOException {
        for (String option : List.of("--svg", "--export")) {
            TestEnv.Result r = TestEnv.cli("--db", db.toString(), "demo", "run", "D02", option, db.toString(), "--force");
            assertThat(r.code()).as(option).isEqualTo(1);
            assertThat(r.err()).contains("it is the study database").hasLineCount(1);
            assertThat(Files.readAllBytes(db)).isEqualTo(dbBytes);
        }
        Path svg = Files.writeString(dir.resolve("chart.svg"), "old");
        TestEnv.Result r = TestEnv.cli("--db", db.toString(), "demo", "run", "D01", "--svg", svg.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(svg)).isEqualTo("old");
        assertThat(TestEnv.cli("--db", db.toString(), "demo", "run", "D01", "--svg", svg.toString(), "--force").code()).isZero();
        assertThat(Files.readString(svg)).contains("<svg");
    }

    @Test
    void aStdoutThatCannotBeWrittenIsAnErrorNotASilentSuccess() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env env = new Env(Map.of("LANG", "en_US.UTF-8", "HOME", "/nonexistent-home"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, false);
        int code = Main.run(new String[] {"--db", db.toString(), "export", "reviews"}, env);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not write to standard output").hasLineCount(1);
    }
}
