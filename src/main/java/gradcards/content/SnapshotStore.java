package gradcards.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Deck snapshots in a cache folder ($XDG_CACHE_HOME/gradcards/decks): validated content saved once and read back on
 * later starts instead of parsing and validating every deck again. One file per key, named by the key; it holds a
 * header, the whole key, the snapshot bytes and a CRC-32 of all before it. A file that is missing, cut short,
 * damaged or made from other inputs is never used (the caller loads the decks and writes a new one). Files are
 * written to a temporary sibling and renamed into place, so a reader sees a whole snapshot or none; the newest
 * {@value #KEEP} snapshots are kept (one per data folder and program version in use).
 */
public final class SnapshotStore {
    static final byte[] MAGIC = "gradcards deck snapshot\n".getBytes(StandardCharsets.US_ASCII);
    static final int KEEP = 8;
    private static final String PREFIX = "decks-";
    private static final String SUFFIX = ".snapshot";

    private final Path dir;

    public SnapshotStore(Path dir) {
        this.dir = dir;
    }

    /** The file holding the snapshot of this key. */
    public Path file(SnapshotKey key) {
        return dir.resolve(PREFIX + key.name() + SUFFIX);
    }

    /** The snapshot made from exactly these inputs, if a whole and undamaged one is stored. */
    public Optional<ContentSnapshot.Loaded> read(SnapshotKey key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            byte[] all = Files.readAllBytes(f);
            byte[] want = key.bytes();
            int head = MAGIC.length + 4 + want.length + 4;
            if (all.length < head + 8) return Optional.empty();
            ByteBuffer b = ByteBuffer.wrap(all);
            if (!Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return Optional.empty();
            b.position(MAGIC.length);
            if (b.getInt() != want.length) return Optional.empty();
            if (!Arrays.equals(all, b.position(), b.position() + want.length, want, 0, want.length)) return Optional.empty();
            b.position(b.position() + want.length);
            int n = b.getInt();
            if (n != all.length - head - 8) return Optional.empty();
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            if (crc.getValue() != b.getLong(all.length - 8)) return Optional.empty();
            return Optional.of(ContentSnapshot.decode(Arrays.copyOfRange(all, head, head + n)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or damaged: the decks are loaded and a new snapshot written
        }
    }

    /**
     * Stores the snapshot of this key (atomically: a temporary file renamed into place) and removes the oldest beyond
     * {@value #KEEP}. Returns whether it was stored; a cache that cannot be written only costs the next start time.
     */
    public boolean write(SnapshotKey key, byte[] snapshot) {
        Path target = file(key);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".decks-", ".tmp");
            byte[] k = key.bytes();
            CRC32 crc = new CRC32();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 4 + k.length + 4);
                head.put(MAGIC).putInt(k.length).put(k).putInt(snapshot.length);
                out.write(head.array());
                out.write(snapshot);
                crc.update(head.array());
                crc.update(snapshot);
                out.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(target);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a left-over temporary file is removed by a later prune
                }
            }
        }
    }

    /** Keeps the newest snapshots; removes temporary files an hour older than the snapshot just written. */
    private void prune(Path written) throws IOException {
        FileTime now = Files.getLastModifiedTime(written);
        List<Path> snapshots;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.toList();
            for (Path p : all) {
                String n = p.getFileName().toString();
                if (n.startsWith(".decks-") && n.endsWith(".tmp")
                        && Files.getLastModifiedTime(p).toMillis() < now.toMillis() - 3_600_000L) {
                    Files.deleteIfExists(p);
                }
            }
            snapshots = all.stream().filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(SUFFIX) && !p.equals(written)).toList();
        }
        if (snapshots.size() < KEEP) return;
        List<Path> oldestFirst = snapshots.stream().sorted(Comparator.comparing(SnapshotStore::modified)).toList();
        for (Path p : oldestFirst.subList(0, snapshots.size() - (KEEP - 1))) Files.deleteIfExists(p);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
