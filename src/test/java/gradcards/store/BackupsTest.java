package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.study.Marks;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Function<Instant, LocalDate> DAY = t -> t.atZone(ZoneOffset.UTC).minusHours(4).toLocalDate();

    @TempDir
    Path dir;

    @Test
    void aBackupIsAnIntactCopyInTheBackupsFolderBesideTheDatabase() throws Exception {
        Path file = dir.resolve("me.sqlite");
        try (Database db = Database.open(file)) {
            answer(db, "a", T0);
            new CardFlags(db).save("a", Marks.NONE.withFlagged(true));
            Backups.Backup b = new Backups(db, file).now(T0, DAY);
            assertThat(b.path()).isEqualTo(dir.resolve("backups").resolve("me-2026-12-01T090000Z.sqlite"));
            assertThat(integrity(b.path())).isEqualTo("ok");
            try (Database copy = Database.open(b.path())) {
                assertThat(copy.reviews("a")).isEqualTo(db.reviews("a"));
                assertThat(new CardFlags(copy).of("a").flagged()).isTrue();
            }
            assertThat(new Backups(db, file).list()).extracting(Backups.Backup::path).containsExactly(b.path());
        }
    }

    @Test
    void twoBackupsInTheSameSecondNeverOverwriteEachOther() {
        Path file = dir.resolve("me.sqlite");
        try (Database db = Database.open(file)) {
            Backups backups = new Backups(db, file);
            Path first = backups.now(T0, DAY).path();
            answer(db, "a", T0);
            Path second = backups.now(T0, DAY).path();
            assertThat(second).isNotEqualTo(first).hasFileName("me-2026-12-01T090000Z-2.sqlite").exists();
            assertThat(first).as("one backup a day is kept: the newest").doesNotExist();
            assertThat(backups.list()).extracting(Backups.Backup::path).containsExactly(second);
        }
    }

    @Test
    void theDailyBackupIsTakenOnceAStudyDayAndOldOnesArePruned() {
        Path file = dir.resolve("me.sqlite");
        try (Database db = Database.open(file)) {
            Backups backups = new Backups(db, file);
            for (int d = 0; d < 40; d++) {
                Instant day = T0.plus(d, ChronoUnit.DAYS);
                assertThat(backups.daily(day, DAY)).as("first session of day %d", d).isPresent();
                assertThat(backups.daily(day.plus(3, ChronoUnit.HOURS), DAY)).as("second session of day %d", d).isEmpty();
            }
            // days Dec 1 .. Jan 9: the 7 days Jan 3-9, and of the 4 weeks (Jan 4, Dec 28, Dec 21, Dec 14) the newest
            // copies Jan 9 and Jan 3 (already kept), Dec 27 and Dec 20
            assertThat(backups.list()).extracting(b -> DAY.apply(b.takenAt()).toString()).containsExactly("2027-01-09",
                    "2027-01-08", "2027-01-07", "2027-01-06", "2027-01-05", "2027-01-04", "2027-01-03", "2026-12-27",
                    "2026-12-20");
            assertThat(backups.list().get(0).takenAt()).isEqualTo(T0.plus(39, ChronoUnit.DAYS));
        }
    }

    @Test
    void restoreChecksTheFileKeepsACopyOfTheCurrentDatabaseAndBringsTheBackupBack() throws Exception {
        Path file = dir.resolve("me.sqlite");
        try (Database db = Database.open(file)) {
            answer(db, "a", T0);
            Backups backups = new Backups(db, file);
            Path saved = backups.now(T0, DAY).path();
            answer(db, "b", T0.plusSeconds(60));
            new CardFlags(db).save("a", Marks.NONE.withSuspended(true));

            Backups.Backup before = backups.restore(saved, T0.plusSeconds(120));

            assertThat(db.memories()).containsOnlyKeys("a");
            assertThat(new CardFlags(db).all()).isEmpty();
            assertThat(before.beforeRestore()).isTrue();
            assertThat(before.path().getFileName().toString()).startsWith("me-before-restore-");
            try (Database copy = Database.open(before.path())) {
                assertThat(copy.memories()).containsOnlyKeys("a", "b");
                assertThat(new CardFlags(copy).of("a").suspended()).isTrue();
            }
        }
        try (Database reopened = Database.open(file)) {
            assertThat(reopened.memories()).containsOnlyKeys("a");
            assertThat(reopened.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void restoreRefusesADamagedFileAForeignFileAMissingFileAndTheDatabaseItself() throws Exception {
        Path file = dir.resolve("me.sqlite");
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 300; i++) answer(db, "card-" + i, T0.plusSeconds(i));
            Backups backups = new Backups(db, file);
            Path damaged = backups.now(T0, DAY).path();
            try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
                byte[] noise = new byte[(int) raf.length() - 4096]; // every page but the first (header and schema)
                new java.util.Random(7).nextBytes(noise);
                raf.seek(4096);
                raf.write(noise);
            }
            Path foreign = dir.resolve("other.sqlite");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
                c.createStatement().execute("CREATE TABLE t (x)");
            }
            Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
            int backupsBefore = backups.list().size();

            assertThatThrownBy(() -> backups.restore(damaged, T0)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("damaged");
            assertThatThrownBy(() -> backups.restore(foreign, T0)).hasMessageContaining("not a gradcards database");
            assertThatThrownBy(() -> backups.restore(text, T0)).hasMessageContaining("not a gradcards database");
            assertThatThrownBy(() -> backups.restore(dir.resolve("nope.sqlite"), T0)).hasMessageContaining("no backup file");
            assertThatThrownBy(() -> backups.restore(file, T0)).hasMessageContaining("the database itself");

            assertThat(db.memories()).hasSize(300);
            assertThat(backups.list()).hasSize(backupsBefore); // nothing was restored, so no copy was made either
        }
    }

    @Test
    void restoreRefusesABackupFromANewerGradcards() throws Exception {
        Path file = dir.resolve("me.sqlite");
        try (Database db = Database.open(file)) {
            Path newer = new Backups(db, file).now(T0, DAY).path();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
                c.createStatement().execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
            }
            assertThatThrownBy(() -> new Backups(db, file).restore(newer, T0)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("newer gradcards");
        }
    }

    static void answer(Database db, String card, Instant at) {
        Memory m = new Memory(CardState.LEARNING, 1, 2.3, 5.0, at.plusSeconds(600), at, 1, 0);
        db.saveReview(ReviewRow.of(card, at, Rating.GOOD, CardState.NEW, m, 0, 0, 1000, ReviewRow.STUDY), m);
    }

    static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
