package gradcards.interop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gradcards.store.AnkiCollection;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an Anki package (.apkg / .colpkg, a zip): picks the newest collection it holds (collection.anki21b, zstd
 * compressed, else collection.anki21, else collection.anki2), unpacks it to a temporary file and reads it; lists the
 * media the package carries (legacy JSON map, or the zstd-compressed protobuf MediaEntries of new packages).
 */
public final class AnkiPackage {
    /** The most a collection may grow to when unpacked: guards against zip bombs. */
    static final long MAX_COLLECTION_BYTES = 4L << 30;
    private static final JsonFactory JSON = new JsonFactory();

    /** The collection read, which file of the package held it, and the media file names in the package. */
    public record Opened(AnkiCollection.Contents contents, String collectionName, List<String> media) {
    }

    private AnkiPackage() {
    }

    /** Reads the package at file; ImportException (naming the file) for anything that is not a usable package. */
    public static Opened open(Path file) {
        String name = file.toString();
        checkReadable(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = null;
            String chosen = null;
            for (String candidate : List.of("collection.anki21b", "collection.anki21", "collection.anki2")) {
                entry = zip.getEntry(candidate);
                if (entry != null) {
                    chosen = candidate;
                    break;
                }
            }
            if (entry == null) {
                throw ImportException.of(name, "the package holds no Anki collection (no collection.anki2, .anki21 or"
                        + " .anki21b); export it again from Anki", "패키지에 Anki 컬렉션이 없습니다 (collection.anki2/.anki21/"
                        + ".anki21b 없음); Anki에서 다시 내보내세요");
            }
            checkMeta(zip, name);
            Path tmp = Files.createTempFile("gradcards-anki-", ".sqlite");
            try {
                try (InputStream raw = zip.getInputStream(entry);
                     InputStream in = chosen.endsWith("b") ? new ZstdInputStream(raw) : raw;
                     OutputStream out = Files.newOutputStream(tmp)) {
                    copyCapped(in, out, name);
                }
                AnkiCollection.Contents contents;
                try {
                    contents = AnkiCollection.read(tmp);
                } catch (AnkiCollection.BadCollection e) {
                    throw ImportException.of(name, chosen + ": " + e.getMessage(), chosen + ": " + e.ko());
                }
                return new Opened(contents, chosen, media(zip, chosen.endsWith("b")));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (ZipException e) {
            throw ImportException.of(name, "not an Anki package (not a zip file); export a deck from Anki as .apkg",
                    "Anki 패키지가 아닙니다 (zip 파일이 아님); Anki에서 덱을 .apkg로 내보내세요");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) throw ie;
            throw ImportException.of(name, "cannot read the package (" + e.getMessage() + ")",
                    "패키지를 읽을 수 없습니다 (" + e.getMessage() + ")");
        }
    }

    static void checkReadable(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw ImportException.of(name, "no such file (check the path)", "파일이 없습니다 (경로를 확인하세요)");
        }
        try {
            if (Files.size(file) == 0) throw ImportException.of(name, "the file is empty", "빈 파일입니다");
        } catch (IOException e) {
            throw ImportException.of(name, "cannot read (" + e.getMessage() + ")", "읽을 수 없습니다 (" + e.getMessage() + ")");
        }
    }

    /** A package from a newer Anki than this reader knows says so in its meta file (version above 3). */
    private static void checkMeta(ZipFile zip, String name) throws IOException {
        ZipEntry meta = zip.getEntry("meta");
        if (meta == null) return;
        try (InputStream in = zip.getInputStream(meta)) {
            long version = Protobuf.fields(in.readNBytes(64)).stream().filter(f -> f.number() == 1)
                    .mapToLong(Protobuf.Field::varint).findFirst().orElse(0);
            if (version < 1 || version > 3) {
                throw ImportException.of(name, "the package format version " + version + " is unknown (this gradcards"
                        + " reads 1–3); export it with \"support older Anki versions\" ticked",
                        "패키지 형식 버전 " + version + "을(를) 모릅니다 (1–3 지원); \"이전 Anki 버전 지원\"을 켜고 다시 내보내세요");
            }
        }
    }

    private static void copyCapped(InputStream in, OutputStream out, String name) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        try {
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_COLLECTION_BYTES) {
                    throw ImportException.of(name, "the collection unpacks to more than 4 GB; split the deck",
                            "컬렉션이 4GB를 넘습니다; 덱을 나누세요");
                }
                out.write(buf, 0, n);
            }
        } catch (RuntimeException e) {
            if (e instanceof ImportException ie) throw ie;
            throw ImportException.of(name, "the compressed collection is damaged (" + e.getMessage() + ")",
                    "압축된 컬렉션이 손상되었습니다 (" + e.getMessage() + ")");
        }
    }

    /** The media file names of the package: the legacy JSON map {"0": "a.png"} or the new MediaEntries protobuf. */
    private static List<String> media(ZipFile zip, boolean modern) {
        List<String> out = new ArrayList<>();
        ZipEntry e = zip.getEntry("media");
        if (e == null) return out;
        try (InputStream raw = zip.getInputStream(e); InputStream in = modern ? new ZstdInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes(64 << 20);
            if (modern) {
                for (Protobuf.Field entry : Protobuf.fields(bytes)) {
                    if (entry.number() != 1 || entry.bytes() == null) continue;
                    for (Protobuf.Field f : Protobuf.fields(entry.bytes())) {
                        if (f.number() == 1 && f.bytes() != null) out.add(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            } else if (bytes.length > 0) { // {"0": "a.png", …}: the values, read by the streaming parser
                try (JsonParser p = JSON.createParser(bytes)) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                            JsonToken v = p.nextToken();
                            if (v.isScalarValue()) {
                                out.add(p.getText()); // as JsonNode.asText() gave ("null" for null)
                            } else {
                                p.skipChildren();
                                out.add("");
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the media list only feeds the summary; a damaged one leaves it empty
        }
        return out;
    }
}
