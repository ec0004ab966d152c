package gradcards.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
        return load(bundledFiles(), "content/", Map.of(), new ArrayList<>());
    }

    /** Loads the decks of a folder; facts and synonyms missing there come from the bundled content. */
    public static Result folder(Path dir) {
        Map<String, String> files = new TreeMap<>();
        String prefix = dir.toString().replaceAll("/$", "") + "/";
        List<Problem> unusable = new ArrayList<>(); // a link loop, a dangling link, no permission, not UTF-8: one line each
        for (Path p : DeckFiles.list(dir, n -> n.endsWith(".json"), unusable)) {
            String name = DeckFiles.fileName(p); // its bytes as UTF-8, whatever the locale
            String text = DeckFiles.read(p, prefix + name, unusable);
            if (text != null) files.put(name, text);
        }
        return load(files, prefix, bundledFiles(), unusable);
    }

    /**
     * Reads one learner's deck (JSON text) by the user rules: one language is enough, only id, type, prompt and
     * answer are required, and every card id gets idPrefix. Problems carry file:line:col; the deck is null when any.
     */
    public static Result userDeck(String file, String text, String defaultName, String idPrefix, Content base) {
        List<Problem> problems = new ArrayList<>();
        Set<String> factIds = base.facts().isEmpty() ? builtInFactIds() : base.facts().keySet();
        DeckReader reader = new DeckReader(file, factIds, groupNames(base.synonymsJson()), problems,
                base.measurements(), new DeckReader.UserRules(idPrefix));
        Deck deck = reader.read(text, defaultName);
        if (deck != null) checkDuplicates(deck, reader, file, new HashMap<>(), problems);
        List<Deck> decks = deck == null || !problems.isEmpty() ? List.of() : List.of(deck);
        return new Result(new Content(decks, base.facts(), base.synonymsJson(), base.measurements()), problems);
    }

    private static Result load(Map<String, String> files, String prefix, Map<String, String> fallback,
                               List<Problem> problems) {
        String factsText = files.getOrDefault(FACTS, fallback.get(FACTS));
        Map<String, Fact> facts = SideFiles.facts(where(files, prefix, FACTS), factsText, problems);
        String synonyms = files.getOrDefault(SYNONYMS, fallback.getOrDefault(SYNONYMS, "{\"groups\":{}}"));
        Set<String> groups = SideFiles.synonymGroups(where(files, prefix, SYNONYMS), synonyms, problems);
        Set<String> factIds = facts.isEmpty() ? builtInFactIds() : facts.keySet();
        Measurements measurements = measurements(files, prefix, fallback, problems);
        List<Deck> decks = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (var e : files.entrySet()) {
            if (!isDeck(e.getKey())) continue;
            String file = prefix + e.getKey();
            DeckReader reader = new DeckReader(file, factIds, groups, problems, measurements);
            Deck deck = reader.read(e.getValue(), e.getKey().replaceFirst("\\.json$", ""));
            if (deck == null) continue;
            checkDuplicates(deck, reader, file, seen, problems);
            decks.add(deck);
        }
        if (decks.isEmpty() && problems.isEmpty()) problems.add(Problem.of(prefix, 0, 0,
                gradcards.i18n.Text.of("덱 파일이 없습니다 (*.json 덱을 넣으세요)", "no deck files found (add a *.json deck)")));
        return new Result(new Content(decks, facts, synonyms, measurements), problems);
    }

    /** How a side file is named in problems: in the folder, else the bundled one. */
    private static String where(Map<String, String> files, String prefix, String name) {
        return (files.containsKey(name) ? prefix : "content/") + name;
    }

    private static boolean isDeck(String name) {
        return !name.equals(FACTS) && !name.equals(SYNONYMS) && !name.equals(Measurements.FILE)
                && !name.endsWith(".schema.json");
    }

    /** The folder's measurements file, else the bundled one; a broken file is a problem and quotes nothing. */
    private static Measurements measurements(Map<String, String> files, String prefix, Map<String, String> fallback,
                                             List<Problem> problems) {
        String text = files.get(Measurements.FILE);
        String where = prefix + Measurements.FILE;
        if (text == null) {
            text = fallback.get(Measurements.FILE);
            where = "content/" + Measurements.FILE;
        }
        if (text == null) return Measurements.NONE;
        try {
            return Measurements.parse(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var l = e.getLocation();
            problems.add(Problem.of(where, l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(),
                    brokenMeasurements(e.getOriginalMessage().split("\n")[0])));
        } catch (IOException e) {
            problems.add(Problem.of(where, 1, 1, brokenMeasurements(e.getMessage())));
        }
        return Measurements.NONE;
    }

    private static gradcards.i18n.Text brokenMeasurements(String why) {
        String redo = "gradcards demo measure --write content/" + Measurements.FILE;
        return gradcards.i18n.Text.of("측정값 파일이 깨졌습니다: " + why + " (다시 만드세요: " + redo + ")",
                "broken measurements file: " + why + " (regenerate it with: " + redo + ")");
    }

    /** The measurements of the bundled content (none when the file is missing or broken). */
    public static Measurements bundledMeasurements() {
        String text = bundledFiles().get(Measurements.FILE);
        if (text == null) return Measurements.NONE;
        try {
            return Measurements.parse(text);
        } catch (IOException e) {
            return Measurements.NONE;
        }
    }

    private static void checkDuplicates(Deck deck, DeckReader reader, String file, Map<String, String> seen,
                                        List<Problem> problems) {
        Set<String> dropped = new java.util.HashSet<>();
        for (Object[] e : reader.ids()) {
            String id = (String) e[0];
            String first = seen.putIfAbsent(id, file);
            if (first == null) continue;
            int[] l = reader.at((String) e[1]);
            problems.add(Problem.of(file, l[0], l[1], gradcards.i18n.Text.of("카드 id \"" + id + "\"" + gradcards.i18n.Counted.Particle.SUBJECT.form(id) + " 겹칩니다 (" + first
                    + "에도 있음; id는 모든 덱을 통틀어 하나뿐이어야 합니다)", "duplicate card id \"" + id + "\" (also in " + first
                    + "; ids must be unique across all decks)")));
            dropped.add(id);
        }
        deck.cards().removeIf(c -> dropped.contains(c.id()) && !file.equals(seen.get(c.id())));
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
