package gradcards.content;

import com.fasterxml.jackson.databind.JsonNode;
import gradcards.i18n.Text;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Loads decks, facts and synonyms from a folder (or the bundled content) and validates them. */
public final class ContentLoader {
    static final String FACTS = "facts.json";
    static final String SYNONYMS = "synonyms.json";
    private static final String BUNDLED = "/gradcards/content/";

    /** The outcome of a load: the content (possibly partial) and every problem found. */
    public record Result(Content content, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ContentLoader() {
    }

    /** Loads the bundled decks. */
    public static Result bundled() {
        return load(bundledFiles(), "content/", Map.of());
    }

    /** Loads the decks of a folder; facts and synonyms missing there come from the bundled content. */
    public static Result folder(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(files, dir.toString().replaceAll("/$", "") + "/", bundledFiles());
    }

    private static Result load(Map<String, String> files, String prefix, Map<String, String> fallback) {
        List<Problem> problems = new ArrayList<>();
        String factsText = files.getOrDefault(FACTS, fallback.get(FACTS));
        Map<String, Fact> facts = facts(factsText);
        String synonyms = files.getOrDefault(SYNONYMS, fallback.getOrDefault(SYNONYMS, "{\"groups\":{}}"));
        Set<String> groups = groupNames(synonyms);
        Set<String> factIds = facts.isEmpty() ? builtInFactIds() : facts.keySet();
        List<Deck> decks = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (var e : files.entrySet()) {
            if (e.getKey().equals(FACTS) || e.getKey().equals(SYNONYMS) || e.getKey().endsWith(".schema.json")) continue;
            String file = prefix + e.getKey();
            DeckReader reader = new DeckReader(file, factIds, groups, problems);
            Deck deck = reader.read(e.getValue(), e.getKey().replaceFirst("\\.json$", ""));
            if (deck == null) continue;
            checkDuplicates(deck, reader, file, seen, problems);
            decks.add(deck);
        }
        if (decks.isEmpty() && problems.isEmpty()) problems.add(new Problem(prefix, 1, 1, "no deck files found (add a *.json deck)"));
        return new Result(new Content(decks, facts, synonyms), problems);
    }

    private static void checkDuplicates(Deck deck, DeckReader reader, String file, Map<String, String> seen,
                                        List<Problem> problems) {
        Set<String> dropped = new java.util.HashSet<>();
        for (Object[] e : reader.ids()) {
            String id = (String) e[0];
            String first = seen.putIfAbsent(id, file);
            if (first == null) continue;
            int[] l = reader.at((String) e[1]);
            problems.add(new Problem(file, l[0], l[1], "duplicate card id \"" + id + "\" (also in " + first
                    + "; ids must be unique across all decks)"));
            dropped.add(id);
        }
        deck.cards().removeIf(c -> dropped.contains(c.id()) && !file.equals(seen.get(c.id())));
    }

    /** The fact inventory from facts.json text (empty when absent or unreadable). */
    static Map<String, Fact> facts(String text) {
        Map<String, Fact> out = new LinkedHashMap<>();
        if (text == null) return out;
        try {
            for (JsonNode f : JsonTree.read(text).path("facts")) {
                String demo = f.path("demo").isTextual() ? f.get("demo").asText() : null;
                String errata = f.path("errata").isTextual() ? f.get("errata").asText() : null;
                out.put(f.path("id").asText(), new Fact(f.path("id").asText(),
                        Text.of(f.path("ko").asText(), f.path("en").asText()), f.path("category").asText(),
                        f.path("source").asText(), demo, errata, "low".equals(f.path("priority").asText())));
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static Set<String> groupNames(String synonyms) {
        Set<String> out = new LinkedHashSet<>();
        try {
            JsonTree.read(synonyms).path("groups").fieldNames().forEachRemaining(out::add);
        } catch (IOException ignored) {
            // a broken synonyms file leaves no groups: every @reference is then reported
        }
        return out;
    }

    private static Set<String> builtInFactIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 1; i <= 44; i++) ids.add(String.format("S%02d", i));
        for (int i = 1; i <= 25; i++) ids.add(String.format("B%02d", i));
        return ids;
    }

    /** The bundled content files by name (from the jar or the classes folder). */
    static Map<String, String> bundledFiles() {
        URL anchor = ContentLoader.class.getResource(BUNDLED + FACTS);
        if (anchor == null) anchor = ContentLoader.class.getResource(BUNDLED + SYNONYMS);
        if (anchor == null) return Map.of();
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) return fromJar(uri);
            return readAll(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled decks: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled files read straight from the jar with java.util.jar (already loaded by the class loader), not
     * through the zip file system, whose provider costs a tenth of a second of class loading on a cold start.
     */
    private static Map<String, String> fromJar(URI uri) throws IOException {
        String spec = uri.getSchemeSpecificPart();
        Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
        String prefix = BUNDLED.substring(1);
        Map<String, String> files = new TreeMap<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (var en = jf.entries(); en.hasMoreElements();) {
                JarEntry e = en.nextElement();
                String name = e.getName();
                if (!name.startsWith(prefix) || !name.endsWith(".json") || name.indexOf('/', prefix.length()) >= 0) continue;
                try (InputStream in = jf.getInputStream(e)) {
                    files.put(name.substring(prefix.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static Map<String, String> readAll(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.put(p.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
