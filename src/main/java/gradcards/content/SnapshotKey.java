package gradcards.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * What a deck snapshot is built from, as bytes: every input in order with its name, size and checksums (CRC-32 and
 * Adler-32 of the bytes). A snapshot is used only when its stored key equals the key computed now byte for byte, so
 * changing, adding, removing or renaming any input (a bundled deck, facts, synonyms, a user deck file, an imported
 * card, or the program itself) makes a new key.
 */
public final class SnapshotKey {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    /** An empty key with the snapshot's byte layout in it. */
    public SnapshotKey() {
        add("layout", ContentSnapshot.LAYOUT, 0, 0);
    }

    /** One input by its name, size and two checksums. */
    public SnapshotKey add(String name, long size, long crc, long adler) {
        try {
            byte[] b = name.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
            out.writeLong(size);
            out.writeLong(crc);
            out.writeLong(adler);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails
        }
        return this;
    }

    /** One input by its name and bytes. */
    public SnapshotKey add(String name, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        Adler32 adler = new Adler32();
        adler.update(data);
        return add(name, data.length, crc.getValue(), adler.getValue());
    }

    /** Many texts as one input (e.g. every imported card): their count and the checksums over all of them. */
    public SnapshotKey addAll(String name, List<String> texts) {
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        long size = 0;
        byte[] len = new byte[4];
        for (String t : texts) {
            byte[] b = t == null ? new byte[0] : t.getBytes(StandardCharsets.UTF_8);
            int n = t == null ? -1 : b.length;
            len[0] = (byte) (n >>> 24);
            len[1] = (byte) (n >>> 16);
            len[2] = (byte) (n >>> 8);
            len[3] = (byte) n;
            crc.update(len);
            adler.update(len);
            crc.update(b);
            adler.update(b);
            size += b.length;
        }
        return add(name + " (" + texts.size() + ")", size, crc.getValue(), adler.getValue());
    }

    /** One input by its name and text. */
    public SnapshotKey add(String name, String text) {
        return add(name, text == null ? new byte[] {-1} : text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The bundled decks, facts, synonyms and measurements and the program that validates them. From a jar: the jar's
     * path, size and modification time (the decks are inside it, so no deck changes without the jar changing); from a
     * classes folder (development, tests): every content file's bytes and the content classes' sizes and times.
     */
    public SnapshotKey addBundled() {
        URL anchor = ContentLoader.class.getResource("/gradcards/content/" + ContentLoader.FACTS);
        if (anchor == null) return add("bundled", "none");
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                String spec = uri.getSchemeSpecificPart();
                Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
                return add("jar " + jar.toAbsolutePath(), Files.size(jar), Files.getLastModifiedTime(jar).toMillis(), 0);
            }
            Path dir = Path.of(uri).getParent();
            for (Path p : sorted(dir)) {
                if (p.toString().endsWith(".json")) add("bundled " + p.getFileName(), Files.readAllBytes(p));
            }
            Path classes = Path.of(ContentLoader.class.getResource("ContentLoader.class").toURI()).getParent();
            for (Path c : List.of(classes, classes.resolveSibling("interop"))) {
                for (Path p : sorted(c)) add("class " + p, Files.size(p), Files.getLastModifiedTime(p).toMillis(), 0);
            }
            return this;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return add("bundled unreadable", String.valueOf(e)); // never a hit on a damaged key, and the load reports it
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    /** Reads a file into the key (a missing or unreadable file is keyed as such). */
    public SnapshotKey addFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return add("file " + file.toAbsolutePath(), in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            return add("unreadable " + file.toAbsolutePath(), String.valueOf(e));
        }
    }

    /** The key's bytes. */
    public byte[] bytes() {
        return bytes.toByteArray();
    }

    /** A short name for the key (16 hex digits of two checksums), used in the snapshot's file name. */
    public String name() {
        byte[] b = bytes();
        CRC32 crc = new CRC32();
        crc.update(b);
        Adler32 adler = new Adler32();
        adler.update(b);
        String h = Long.toHexString(crc.getValue() << 32 | adler.getValue());
        return "0".repeat(16 - h.length()) + h;
    }
}
