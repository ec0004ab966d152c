package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots are used only when whole, undamaged and made from the same inputs; they are written atomically. */
class SnapshotStoreTest {
    @TempDir
    Path tmp;
    SnapshotStore store;
    Content content;
    byte[] snapshot;

    @BeforeEach
    void setUp() {
        store = new SnapshotStore(tmp.resolve("cache/decks"));
        content = ContentSnapshotTest.bundled();
        snapshot = ContentSnapshot.encode(content, List.of());
    }

    static SnapshotKey key(String deckText) {
        return new SnapshotKey().addBundled().add("decks/mine.json", deckText);
    }

    @Test
    void aStoredSnapshotIsReadBackForTheSameInputsOnly() {
        assertThat(store.read(key("a"))).isEmpty(); // nothing stored yet
        assertThat(store.write(key("a"), snapshot)).isTrue();
        assertThat(store.read(key("a"))).hasValueSatisfying(l -> ContentSnapshotTest.assertSameContent(l.content(), content));
        assertThat(store.read(key("b"))).isEmpty(); // one input changed
        assertThat(store.read(new SnapshotKey().addBundled())).isEmpty(); // one input removed
        assertThat(store.read(key("a").add("decks/new.json", "x"))).isEmpty(); // one input added
    }

    @Test
    void aKeyNamesEveryInputsNameSizeAndBytes() {
        assertThat(key("a").bytes()).isEqualTo(key("a").bytes());
        assertThat(key("a").name()).isEqualTo(key("a").name()).hasSize(16);
        assertThat(key("a").bytes()).isNotEqualTo(key("b").bytes());
        assertThat(new SnapshotKey().add("x.json", "ab").bytes()).isNotEqualTo(new SnapshotKey().add("y.json", "ab").bytes());
        assertThat(new SnapshotKey().addAll("imported", List.of("a", "bc")).bytes())
                .isNotEqualTo(new SnapshotKey().addAll("imported", List.of("ab", "c")).bytes())
                .isNotEqualTo(new SnapshotKey().addAll("imported", List.of("a", "bd")).bytes());
    }

    @Test
    void aSnapshotFileWithTheSameNameButOtherInputsIsNotUsed() throws IOException {
        store.write(key("a"), snapshot);
        Path other = tmp.resolve("other/decks");
        SnapshotStore second = new SnapshotStore(other);
        Files.createDirectories(other);
        Files.copy(store.file(key("a")), second.file(key("b"))); // as if two keys shared a name
        assertThat(second.read(key("b"))).isEmpty();
    }

    @Test
    void aDamagedOrPartialSnapshotIsIgnoredAndAWriteReplacesIt() throws IOException {
        store.write(key("a"), snapshot);
        Path f = store.file(key("a"));
        byte[] whole = Files.readAllBytes(f);
        for (int at : new int[] {0, 30, whole.length / 2, whole.length - 3}) { // header, key, snapshot, checksum
            byte[] bad = whole.clone();
            bad[at] ^= 0x10;
            Files.write(f, bad);
            assertThat(store.read(key("a"))).as("byte %d flipped", at).isEmpty();
        }
        for (int n : new int[] {0, 10, whole.length / 2, whole.length - 1}) {
            Files.write(f, Arrays.copyOf(whole, n)); // what a write cut off by a crash would leave
            assertThat(store.read(key("a"))).as("cut at %d", n).isEmpty();
        }
        Files.write(f, Arrays.copyOf(whole, whole.length + 1));
        assertThat(store.read(key("a"))).isEmpty();
        assertThat(store.write(key("a"), snapshot)).isTrue();
        assertThat(Files.readAllBytes(f)).isEqualTo(whole);
        assertThat(store.read(key("a"))).isPresent();
    }

    @Test
    void writingLeavesNoTemporaryFileAndKeepsTheNewestSnapshots() throws IOException {
        for (int i = 0; i < SnapshotStore.KEEP + 3; i++) {
            assertThat(store.write(key("v" + i), snapshot)).isTrue();
            Files.setLastModifiedTime(store.file(key("v" + i)), FileTime.fromMillis(1_000_000_000_000L + i * 1000L));
        }
        Path stale = tmp.resolve("cache/decks/.decks-123.tmp");
        Files.write(stale, new byte[] {1, 2});
        Files.setLastModifiedTime(stale, FileTime.fromMillis(1_000_000_000_000L));
        store.write(key("last"), snapshot);
        try (Stream<Path> s = Files.list(tmp.resolve("cache/decks"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).hasSize(SnapshotStore.KEEP)
                    .allMatch(n -> n.startsWith("decks-") && n.endsWith(".snapshot"));
        }
        assertThat(store.read(key("last"))).isPresent();
        assertThat(store.read(key("v" + (SnapshotStore.KEEP + 2)))).isPresent(); // the newest older ones stay
        assertThat(store.read(key("v0"))).isEmpty(); // the oldest went
    }

    @Test
    void aFolderThatCannotBeCreatedIsNoError() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.write(file, new byte[] {1});
        SnapshotStore blocked = new SnapshotStore(file.resolve("decks"));
        assertThat(blocked.write(key("a"), snapshot)).isFalse();
        assertThat(blocked.read(key("a"))).isEmpty();
    }
}
