package gradcards.content;

import gradcards.i18n.Text;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads deck folders and files for the learner: a file that cannot be used (a link loop, a dangling link, a folder,
 * no read permission, text that is not UTF-8) becomes one problem naming it and saying what to do, never an exception.
 */
public final class DeckFiles {
    private DeckFiles() {
    }

    /**
     * The entries of dir whose file names match, sorted; those that are not readable files are left out and reported
     * (an unreadable folder is one problem and no entries).
     */
    public static List<Path> list(Path dir, Predicate<String> name, List<Problem> problems) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(dir.toString(), 0, 0, Text.of(
                    "폴더를 읽을 수 없습니다 (" + reasonKo(e) + "): 읽기 권한을 주거나 (chmod a+rx) 다른 폴더를 지정하세요",
                    "cannot list the folder (" + reason(e) + "): make it readable (chmod a+rx) or use another folder")));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path p : entries) {
            Problem bad = notAFile(p);
            if (bad == null) files.add(p);
            else problems.add(bad);
        }
        return files;
    }

    /**
     * The file name as its bytes read in UTF-8, whatever the JVM's file-name encoding: where LANG names a locale that
     * is not installed the JVM decodes names as ASCII (Hangul becomes U+FFFD), under a Latin-1 locale as Latin-1, so a
     * deck's name and its cards' ids would depend on the locale. A name whose bytes are not UTF-8 at all is given by
     * them, percent-encoded ("caf%E9"): the same in every locale.
     */
    public static String fileName(Path p) {
        String plain = p.getFileName().toString();
        if (plain.chars().allMatch(c -> c < 0x80)) return plain;
        String raw = rawPath(p);
        if (raw == null) return plain;
        if (raw.endsWith("/")) raw = raw.substring(0, raw.length() - 1);
        String last = raw.substring(raw.lastIndexOf('/') + 1);
        String decoded = utf8OrNull(last);
        return decoded != null ? decoded : last;
    }

    /** The path as shown to the learner: its bytes read in UTF-8 when it is not plain ASCII (see fileName). */
    public static String shown(Path p) {
        String plain = p.toString();
        if (plain.chars().allMatch(c -> c < 0x80)) return plain;
        String raw = rawPath(p);
        String decoded = raw == null ? null : utf8OrNull(raw.endsWith("/") && raw.length() > 1
                ? raw.substring(0, raw.length() - 1) : raw);
        return decoded != null ? decoded : plain;
    }

    /** The absolute path's bytes, percent-encoded where not plain ASCII (the file URI keeps them as they are). */
    private static String rawPath(Path p) {
        try {
            return p.toAbsolutePath().toUri().getRawPath();
        } catch (RuntimeException | java.io.IOError e) {
            return null;
        }
    }

    /** A percent-encoded string's bytes as UTF-8 text, or null when they are not UTF-8. */
    private static String utf8OrNull(String percentEncoded) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < percentEncoded.length(); i++) {
            char c = percentEncoded.charAt(i);
            if (c == '%' && i + 2 < percentEncoded.length()) {
                bytes.write(Integer.parseInt(percentEncoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** The text of a deck file (UTF-8), or null with one problem added. */
    public static String read(Path p, List<Problem> problems) {
        return read(p, shown(p), problems);
    }

    /** The text of a file shown as name in problems, or null with one problem added. */
    public static String read(Path p, String name, List<Problem> problems) {
        Problem bad = notAFile(p);
        if (bad != null) {
            problems.add(new Problem(name, 0, 0, bad.message(), bad.ko()));
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            Problem q = unreadable(p, e);
            problems.add(new Problem(name, 0, 0, q.message(), q.ko()));
            return null;
        }
        return utf8(name, bytes, problems);
    }

    /** bytes as UTF-8 text, or null with a problem at the first byte that is not UTF-8. */
    static String utf8(String name, byte[] bytes, List<Problem> problems) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (!r.isError()) return out.flip().toString();
        int bad = in.position();
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        String hex = String.format("0x%02X", bytes[bad] & 0xff);
        problems.add(Problem.of(name, line, column, Text.of(
                "UTF-8 텍스트가 아닙니다 (바이트 " + hex + "; Latin-1 같은 다른 인코딩): UTF-8로 저장하세요 (예: iconv -f latin1 -t utf-8)",
                "not UTF-8 text (byte " + hex + "; another encoding such as Latin-1): save it as UTF-8"
                        + " (e.g. iconv -f latin1 -t utf-8)")));
        return null;
    }

    /** Why p is not a regular readable file (null when it is one). */
    private static Problem notAFile(Path p) {
        String f = shown(p);
        if (Files.isRegularFile(p)) return null;
        if (Files.isDirectory(p)) {
            return Problem.of(f, 0, 0, Text.of("파일이 아니라 폴더입니다: 이름을 바꾸거나 옮기세요",
                    "is a folder, not a deck file: rename or move it"));
        }
        if (Files.isSymbolicLink(p)) {
            try {
                p.toRealPath();
            } catch (NoSuchFileException e) {
                String target = target(p);
                return Problem.of(f, 0, 0, Text.of("없는 파일(" + target + ")을 가리키는 링크입니다: 링크를 지우거나 대상을 되살리세요",
                        "is a link to a missing file (" + target + "): remove the link or restore its target"));
            } catch (IOException e) {
                return Problem.of(f, 0, 0, Text.of("링크가 돌고 돕니다 (심볼릭 링크 순환): 링크를 지우거나 덱 파일을 가리키게 하세요",
                        "is a symbolic link loop: remove the link or point it at a deck file"));
            }
        }
        if (!Files.exists(p)) return unreadable(p, new NoSuchFileException(f));
        return Problem.of(f, 0, 0, Text.of("일반 파일이 아닙니다 (장치나 FIFO): 덱 파일이 아니면 옮기세요",
                "is not a regular file (a device or a FIFO): move it out of the deck folder"));
    }

    private static Problem unreadable(Path p, Exception e) {
        String f = shown(p);
        if (e instanceof AccessDeniedException) {
            return Problem.of(f, 0, 0, Text.of("읽을 권한이 없습니다: 읽기 권한을 주세요 (chmod a+r " + f + ")",
                    "cannot be read: permission denied (make it readable: chmod a+r " + f + ")"));
        }
        if (e instanceof NoSuchFileException) {
            return Problem.of(f, 0, 0, Text.of("읽는 동안 사라졌습니다: 다시 해 보세요",
                    "disappeared while being read: try again"));
        }
        return Problem.of(f, 0, 0, Text.of("읽을 수 없습니다 (" + reasonKo(e) + "): 파일을 확인하세요",
                "cannot be read (" + reason(e) + "): check the file"));
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) return reason(u.getCause());
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reasonKo(Exception e) {
        if (e instanceof AccessDeniedException) return "권한 없음";
        return reason(e);
    }
}
