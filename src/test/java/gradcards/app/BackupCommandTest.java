package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `backup [list|now|restore FILE]` and the daily backup a study session makes. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    String[] args(Path db, String now, String... more) {
        List<String> a = new ArrayList<>(List.of("--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", now, "--plain"));
        if (!List.of(more).contains("--lang")) a.addAll(List.of("--lang", "en"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    TestEnv run(Path db, String now, String stdin, String... more) {
        TestEnv e = new TestEnv(stdin);
        assertThat(e.run(args(db, now, more))).as(e.err()).isZero();
        assertThat(e.err()).isEmpty();
        return e;
    }

    @Test
    void theFirstSessionOfAStudyDayMakesABackupAndListShowsItPathFirst() {
        Path db = tmp.resolve("me.sqlite");
        assertThat(run(db, "2026-12-01T09:00:00Z", "", "backup").out()).startsWith("no backups yet in " + tmp.resolve("backups"));
        run(db, "2026-12-01T09:00:00Z", "\n3\nq\n", "study");
        run(db, "2026-12-01T15:00:00Z", "q\n", "study"); // same study day: no second backup
        run(db, "2026-12-02T03:59:00Z", "q\n", "study"); // still that day (it starts at 04:00)
        List<String> lines = run(db, "2026-12-02T04:00:00Z", "", "backup", "list").out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(tmp.resolve("backups").resolve("me-2026-12-01T090000Z.sqlite") + "  2026-12-01 09:00  ")
                .endsWith(" KB");
        run(db, "2026-12-02T04:00:00Z", "q\n", "study"); // a new study day
        assertThat(run(db, "2026-12-02T04:00:00Z", "", "backup", "list").out().lines()).hasSize(2);
    }

    @Test
    void nowPrintsThePathAndRestoreBringsItBackKeepingTheCurrentDatabase() throws Exception {
        Path db = tmp.resolve("me.sqlite");
        run(db, "2026-12-01T09:00:00Z", "\n3\nq\n", "study"); // one answer (and the day's backup, before it)
        Path saved = Path.of(run(db, "2026-12-01T09:05:00Z", "", "backup", "now").out().strip());
        assertThat(saved).exists().hasParent(tmp.resolve("backups"));
        run(db, "2026-12-01T09:10:00Z", "\n3\nq\n", "study"); // a second answer
        assertThat(reviews(db)).isEqualTo(2);

        TestEnv restore = run(db, "2026-12-01T09:20:00Z", "", "backup", "restore", saved.getFileName().toString());
        assertThat(restore.out()).startsWith("restored " + saved + "; the database as it was is kept in "
                + tmp.resolve("backups").resolve("me-before-restore-2026-12-01T092000Z.sqlite"));
        assertThat(reviews(db)).isEqualTo(1);
        assertThat(reviews(tmp.resolve("backups").resolve("me-before-restore-2026-12-01T092000Z.sqlite"))).isEqualTo(2);
        assertThat(run(db, "2026-12-01T09:20:00Z", "", "backup", "list").out()).contains("(copy made before a restore)");
    }

    @Test
    void aBadFileIsRefusedInOneLineAndTheDatabaseIsLeftAlone() throws Exception {
        Path db = tmp.resolve("me.sqlite");
        run(db, "2026-12-01T09:00:00Z", "\n3\nq\n", "study");
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "not a database");
        TestEnv e = new TestEnv("");
        assertThat(e.run(args(db, "2026-12-01T09:10:00Z", "backup", "restore", notes.toString()))).isEqualTo(1);
        assertThat(e.err()).isEqualTo("gradcards: " + notes + " is not a gradcards database (use --db with a .sqlite file"
                + " or a new path)\n");
        TestEnv ko = new TestEnv("");
        assertThat(ko.run(args(db, "2026-12-01T09:10:00Z", "--lang", "ko", "backup", "restore", "missing.sqlite"))).isEqualTo(1);
        assertThat(ko.err()).startsWith("gradcards: 백업 파일 ").contains("missing.sqlite이(가) 없습니다").hasLineCount(1);
        assertThat(reviews(db)).isEqualTo(1);
        assertThat(run(db, "2026-12-01T09:10:00Z", "", "backup", "list").out()).doesNotContain("before a restore");
    }

    static int reviews(Path db) {
        int[] n = {0};
        try (Database d = Database.open(db)) {
            d.forEachReview(r -> n[0]++);
        }
        return n[0];
    }
}
