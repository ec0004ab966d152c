package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, Why-11: a read-only database folder (SQLite's raw SQLITE_READONLY_DIRECTORY before), a read-only
 * database file, and a deck file without read permission, tried for real: the child runs as an unprivileged user
 * (setpriv when the tests run as root, since root ignores permissions). One line in the learner's language, exit 1,
 * the database byte for byte as it was and no -wal or -shm left beside it.
 */
class PermissionErrorsTest {
    @TempDir
    Path tmp;

    /** A database with one answer in data/, made by the tests' own user; data/ and the file as given. */
    private Path database(String dirMode, String fileMode) throws Exception {
        Path db = Unprivileged.shared(tmp.resolve("data")).resolve("gradcards.sqlite");
        assertThat(new TestEnv("\n3\n").run("--db", db.toString(), "--content", ContentErrorsTest.MINI.toString(),
                "--now", "2026-12-01T09:00:00Z", "study")).isZero();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString(fileMode));
        Files.setPosixFilePermissions(db.getParent(), PosixFilePermissions.fromString(dirMode));
        return db;
    }

    /**
     * The mini deck copied into a folder the unprivileged user can read: the checkout itself may lie under a folder
     * only its owner can enter (a clone made in `mktemp -d`).
     */
    private Path readableMini() throws Exception {
        Path dir = Unprivileged.shared(tmp.resolve("mini"));
        Path deck = dir.resolve("mini.json");
        if (!Files.exists(deck)) {
            Files.copy(ContentErrorsTest.MINI.resolve("mini.json"), deck);
            Files.setPosixFilePermissions(deck, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return dir;
    }

    /** Runs each command in both languages as the unprivileged user: exit 1 and one clear line with en / ko. */
    private void refusedInOneLine(Path db, String en, String ko, List<List<String>> commands) throws Exception {
        String before = ContentErrorsTest.sha256(db);
        List<Path> files = listing(db.getParent());
        for (List<String> command : commands) {
            for (String lang : List.of("en", "ko")) {
                List<String> args = new java.util.ArrayList<>(List.of("--lang", lang, "--db", db.toString(),
                        "--content", readableMini().toString()));
                args.addAll(command);
                Unprivileged.Result r = Unprivileged.run(tmp.resolve("home"), Map.of(), List.of(), "\n3\nq\n",
                        args.toArray(String[]::new));
                assertThat(r.code()).as(command + " " + r.err()).isEqualTo(1);
                assertThat(r.err().lines()).as(r.err()).hasSize(1);
                assertThat(r.err()).startsWith("gradcards: ").contains(lang.equals("en") ? en : ko)
                        .doesNotContain("SQLITE_", "Exception", "\tat ", "internal error");
            }
        }
        assertThat(ContentErrorsTest.sha256(db)).as("the database is untouched").isEqualTo(before);
        assertThat(listing(db.getParent())).as("nothing created beside it").isEqualTo(files);
    }

    @Test
    void aDatabaseInAReadOnlyFolderSaysTheFolderIsReadOnly() throws Exception {
        Path db = database("r-xr-xr-x", "rw-rw-rw-"); // the file could be written, its folder cannot take a -wal
        refusedInOneLine(db, "cannot write " + db + ": the file or its folder is read-only (make them writable, or use --db",
                db + "에 쓸 수 없습니다: 파일이나 그 폴더가 읽기 전용입니다",
                List.of(List.of("study"), List.of("stats"), List.of("config", "set", "new-per-day", "5")));
    }

    @Test
    void aReadOnlyDatabaseFileSaysSo() throws Exception {
        Path db = database("rwxrwxrwx", "r--r--r--");
        refusedInOneLine(db, db + " is read-only (make it writable or use --db with another path)",
                db + "은(는) 읽기 전용입니다", List.of(List.of("study"), List.of("config", "set", "new-per-day", "5")));
    }

    @Test
    void aNewDatabaseInAReadOnlyFolderIsNotCreated() throws Exception {
        Path dir = Unprivileged.shared(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        for (String lang : List.of("en", "ko")) {
            Unprivileged.Result r = Unprivileged.run(tmp.resolve("home"), Map.of(), List.of(), "",
                    "--lang", lang, "--db", dir.resolve("new.sqlite").toString(), "stats");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).hasLineCount(1).contains(lang.equals("en")
                    ? "cannot create the database in " + dir + ": the folder is not writable (use --db with a writable path)"
                    : dir + "에 데이터베이스를 만들 수 없습니다: 쓰기 권한이 없는 폴더입니다");
        }
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aDeckFileWithoutReadPermissionIsOneLineForContentAndSkippedInTheDecksFolder() throws Exception {
        Path db = database("rwxrwxrwx", "rw-rw-rw-");
        Path content = Unprivileged.shared(tmp.resolve("content"));
        Files.copy(ContentErrorsTest.MINI.resolve("mini.json"), content.resolve("mini.json"));
        Files.setPosixFilePermissions(content.resolve("mini.json"), PosixFilePermissions.fromString("rw-r--r--"));
        Path secret = Files.writeString(content.resolve("secret.json"), "{\"cards\": []}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        for (String lang : List.of("en", "ko")) {
            Unprivileged.Result r = Unprivileged.run(tmp.resolve("home"), Map.of(), List.of(), "",
                    "--lang", lang, "--db", db.toString(), "--content", content.toString(), "study");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).hasLineCount(1).contains(secret.toString()).contains(lang.equals("en")
                    ? "cannot be read: permission denied (make it readable: chmod a+r " : "읽을 권한이 없습니다")
                    .doesNotContain("internal error", "Exception");
        }
        Path decks = Unprivileged.shared(db.resolveSibling("decks"));
        Files.move(secret, decks.resolve("secret.json"));
        for (String lang : List.of("en", "ko")) {
            Unprivileged.Result r = Unprivileged.run(tmp.resolve("home"), Map.of(), List.of(), "",
                    "--lang", lang, "--db", db.toString(), "--now", "2026-12-01T10:00:00Z", "stats");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).hasLineCount(1).contains(decks.resolve("secret.json").toString())
                    .contains(lang.equals("en") ? "permission denied" : "읽을 권한이 없습니다")
                    .contains(lang.equals("en") ? "deck skipped" : "이 덱은 건너뜀");
            assertThat(r.out()).contains(lang.equals("en") ? "new 283" : "새 283"); // the bundled bank loads
        }
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
