package gradcards.app;

import gradcards.config.Settings;
import gradcards.i18n.Lang;
import gradcards.srs.StudyDay;
import gradcards.store.Backups;
import gradcards.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards backup [list|now|restore FILE]`: the database's backups in backups/ beside it. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = {
    "Backups of the database, in the backups/ folder beside it. A study session makes one a day when it starts;",
    "the last 7 daily and 4 weekly ones are kept. With no subcommand: list them.",
    "데이터베이스 백업: 학습을 시작할 때 하루 한 번 만들고, 최근 7일치와 4주치를 남깁니다."})
public class BackupCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return list();
    }

    /** Lists the backups, newest first, one a line: path, when, size. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = {
        "List the backups, newest first, one a line: path, time taken, size.",
        "백업 목록 (최신 순, 한 줄에 하나: 경로, 시각, 크기)."})
    int list() {
        try (Opened o = open()) {
            List<Backups.Backup> all = o.backups.list();
            if (all.isEmpty()) {
                out().println(o.lang.t("아직 백업이 없습니다 (" + o.backups.folder() + "): 학습을 시작하면 하루 한 번 만들어지고,"
                        + " 'gradcards backup now'로 지금 만들 수 있습니다", "no backups yet in " + o.backups.folder()
                        + " (a study session makes one a day; 'gradcards backup now' makes one now)"));
            }
            for (Backups.Backup b : all) {
                out().println(b.path() + "  " + WHEN.format(b.takenAt().atZone(o.zone)) + "  " + size(b.size())
                        + (b.beforeRestore() ? o.lang.t("  (복원 전 사본)", "  (copy made before a restore)") : ""));
            }
        }
        return 0;
    }

    /** Takes a backup now and prints its path. */
    @Command(name = "now", mixinStandardHelpOptions = true, description = {
        "Back up the database now and print the path of the copy.", "지금 백업하고 사본의 경로를 출력합니다."})
    int now() {
        try (Opened o = open()) {
            out().println(o.backups.now(o.at, o.day::dateOf).path());
        }
        return 0;
    }

    /** Restores a backup after checking it and keeping a copy of the current database. */
    @Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Replace the database with a backup: the file is checked first (integrity, schema version) and the current",
        "database is kept as a copy in backups/ (its path is printed).",
        "백업으로 되돌립니다: 파일을 먼저 검사하고(무결성, 스키마 버전) 지금 데이터베이스는 사본으로 남깁니다."})
    int restore(@Parameters(paramLabel = "FILE", description = "A backup file (a path, or a name in backups/).") Path file) {
        try (Opened o = open()) {
            Path source = file;
            if (!Files.exists(source) && Files.exists(o.backups.folder().resolve(file.toString()))) {
                source = o.backups.folder().resolve(file.toString());
            }
            Backups.Backup before = o.backups.restore(source, o.at);
            out().println(o.lang.t("복원했습니다: " + source.toAbsolutePath() + " · 복원 전 데이터베이스 사본: " + before.path(),
                    "restored " + source.toAbsolutePath() + "; the database as it was is kept in " + before.path()));
        }
        return 0;
    }

    /** The open database with what the backup commands need: its backups, the instant, the study day, the language. */
    private record Opened(Database db, Backups backups, Instant at, StudyDay day, ZoneId zone, Lang lang)
            implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    private Opened open() {
        Gradcards root = Gradcards.root(spec);
        Instant at = root.options().clock(root.env()).instant();
        ZoneId zone = root.options().zone(root.env());
        Path path = root.options().dbPath(root.env());
        Database db = Database.open(path);
        try {
            StudyDay day = new StudyDay(zone, Settings.from(db.settings()).dayStart());
            return new Opened(db, new Backups(db, path), at, day, zone, root.lang());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
