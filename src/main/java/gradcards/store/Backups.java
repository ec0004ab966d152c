package gradcards.store;

import gradcards.i18n.Text;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the database in a backups/ folder beside it, named NAME-2026-12-01T090000Z.sqlite after the database file
 * (NAME.sqlite). A copy is made with VACUUM INTO, a consistent snapshot even while another gradcards writes, and never
 * overwrites a file. Automatic copies are pruned to the last 7 daily and 4 weekly ones; the copy of the database made
 * before a restore (NAME-before-restore-….sqlite) is never pruned.
 */
public final class Backups {
    /** One backup file: where it is, when it was taken, whether it is the copy made before a restore, its size. */
    public record Backup(Path path, Instant takenAt, boolean beforeRestore, long size) {
    }

    /** Newest first: by the time in the name, then by the number added to a name taken in the same second. */
    private final Comparator<Backup> newestFirst = Comparator.comparing(Backup::takenAt)
            .thenComparingInt((Backup b) -> sequence(b.path())).reversed();

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String BEFORE_RESTORE = "before-restore-";

    private final Database db;
    private final Path file;
    private final Path folder;
    private final String stem;
    private final Pattern names;

    /** The backups of the database db, opened from file. */
    public Backups(Database db, Path file) {
        this.db = db;
        this.file = file.toAbsolutePath();
        this.folder = folderOf(file);
        String name = this.file.getFileName().toString();
        this.stem = name.endsWith(".sqlite") ? name.substring(0, name.length() - 7) : name;
        this.names = Pattern.compile(Pattern.quote(stem) + "-(" + BEFORE_RESTORE + ")?"
                + "(\\d{4}-\\d\\d-\\d\\dT\\d{6}Z)(?:-(\\d+))?\\.sqlite");
    }

    /** The backups folder of a database file: backups/ beside it. */
    public static Path folderOf(Path dbFile) {
        Path parent = dbFile.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("backups");
    }

    public Path folder() {
        return folder;
    }

    /** Every backup of this database, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) return List.of();
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> parse(p).ifPresent(out::add));
        } catch (IOException e) {
            throw new StoreException(Text.of("백업 폴더 " + folder + "을(를) 읽을 수 없습니다: " + e.getMessage(), "cannot read the backups folder " + folder + ": " + e.getMessage()), e);
        }
        out.sort(newestFirst);
        return out;
    }

    /** 1 for NAME-…Z.sqlite, n for NAME-…Z-n.sqlite (a second copy in the same second). */
    private int sequence(Path p) {
        Matcher m = names.matcher(p.getFileName().toString());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
    }

    private Optional<Backup> parse(Path p) {
        Matcher m = names.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(new Backup(p, STAMP.parse(m.group(2), Instant::from), m.group(1) != null, Files.size(p)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Takes a backup now, then prunes the automatic ones; returns the new backup. */
    public Backup now(Instant at, Function<Instant, LocalDate> dayOf) {
        Backup b = copy(at, "");
        prune(dayOf, b.path());
        return b;
    }

    /** Takes the day's backup when the study day of at has none yet (at most one a day); empty when it had one. */
    public Optional<Backup> daily(Instant at, Function<Instant, LocalDate> dayOf) {
        LocalDate today = dayOf.apply(at);
        for (Backup b : list()) {
            if (!b.beforeRestore() && !dayOf.apply(b.takenAt()).isBefore(today)) return Optional.empty();
        }
        return Optional.of(now(at, dayOf));
    }

    /** Deletes the automatic backups beyond the last 7 daily and 4 weekly ones. */
    void prune(Function<Instant, LocalDate> dayOf, Path justMade) {
        List<Backup> regular = list().stream().filter(b -> !b.beforeRestore()).toList();
        Set<Instant> keep = BackupRetention.keep(regular.stream().map(Backup::takenAt).toList(), dayOf);
        Set<Instant> kept = new java.util.HashSet<>();
        for (Backup b : regular) { // newest first: of two copies taken in one second, the later-named one stays
            if (keep.contains(b.takenAt()) && kept.add(b.takenAt()) || b.path().equals(justMade)) continue;
            try {
                Files.deleteIfExists(b.path());
            } catch (IOException e) {
                // an old copy that cannot be deleted now is tried again next time
            }
        }
    }

    /**
     * Replaces the database's content with a checked backup, after keeping a copy of the current database; returns
     * that copy. The copy goes through SQLite's backup API on the open connection, so other gradcards processes
     * see the restored database, never a half-written file.
     */
    public Backup restore(Path source, Instant at) {
        Path src = source.toAbsolutePath();
        if (src.normalize().equals(file.normalize())) {
            throw new StoreException(Text.of(source + "은(는) 지금 쓰는 데이터베이스입니다 ('gradcards backup list'의 파일을 고르세요)", source + " is the database itself (choose a file from 'gradcards backup list')"));
        }
        BackupCheck.check(src);
        Backup before = copy(at, BEFORE_RESTORE);
        BackupCheck.restoreInto(db, src);
        return before;
    }

    /** Writes a consistent copy of the database to a new file in the folder; never replaces an existing file. */
    private Backup copy(Instant at, String kind) {
        createFolder();
        String base = stem + "-" + kind + STAMP.format(at);
        Path target = folder.resolve(base + ".sqlite");
        for (int n = 2; Files.exists(target); n++) target = folder.resolve(base + "-" + n + ".sqlite");
        Path part = folder.resolve(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(part); // left by a copy that was interrupted
            Sql.update(db.connection(), db.name(), "VACUUM INTO ?", List.of(part.toString()));
            sync(part);
            Files.move(part, target); // no REPLACE_EXISTING: an existing file is never overwritten
            sync(folder);
            return new Backup(target, at, !kind.isEmpty(), Files.size(target));
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StoreException(Text.of("백업을 " + folder + "에 쓸 수 없습니다: "
                    + e.getMessage() + " (남은 공간과 폴더 권한을 확인하세요)", "cannot write a backup to " + folder + ": " + e.getMessage()
                    + " (check the free space and the folder's permissions)"), e);
        } catch (StoreException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Text.of("백업 폴더 " + folder + "을(를) 만들 수 없습니다: "
                    + e.getMessage() + " (데이터베이스 폴더에 쓰기 권한을 주세요)", "cannot create the backups folder " + folder + ": " + e.getMessage()
                    + " (make the database's folder writable)"), e);
        }
    }

    /** Forces a file (or a folder's entries) to disk: VACUUM INTO does not sync its output. */
    private static void sync(Path p) {
        try (FileChannel ch = FileChannel.open(p, Files.isDirectory(p) ? new StandardOpenOption[] {StandardOpenOption.READ}
                : new StandardOpenOption[] {StandardOpenOption.WRITE})) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the file itself was synced before
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do: the next copy deletes it
        }
    }
}
