package gradcards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the package layout (README, Development → Layout), checked on the source files: no package
 * cycles; trainer never uses demos; java.sql only in store; no clock and no System.out/err in the core; no static
 * mutable state in app; no card type tested with instanceof (a type's behaviour lives with content.Card). References are the import lines and fully qualified names in the code (comments and string
 * literals removed).
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Set<String> CORE = Set.of("gradcards.trainer", "gradcards.srs", "gradcards.grade",
            "gradcards.study", "gradcards.content", "gradcards.render", "gradcards.exam");
    private static final Pattern REFERENCE = Pattern.compile("\\b(gradcards(?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");
    private static final Pattern CLOCK = Pattern.compile("\\b(?:Instant|LocalDate|LocalDateTime|LocalTime|"
            + "ZonedDateTime|OffsetDateTime|Year|YearMonth)\\s*\\.\\s*now\\s*\\(|System\\s*\\.\\s*(?:currentTimeMillis|"
            + "nanoTime)\\b|Clock\\s*\\.\\s*system\\w*|\\bInstantSource\\s*\\.\\s*system");
    private static final Pattern PRINTS = Pattern.compile("System\\s*\\.\\s*(?:out|err)\\b");
    /** A test of a card's class: instanceof Card.X, or a bare record name of content.Card after instanceof. */
    private static final Pattern CARD_TYPE_TEST = Pattern.compile("\\binstanceof\\s+(?:(?:gradcards\\.content\\.)?"
            + "Card\\s*\\.\\s*\\w+|(?:Flashcard|MultipleChoice|TrueFalse|ShortAnswer|Cloze)\\b)");
    private static final Pattern SQL = Pattern.compile("\\bjava\\.sql\\b");
    private static final Pattern STATIC_FIELD = Pattern.compile(
            "(?m)^\\s*(?:@\\w+\\s+)*((?:(?:public|protected|private|static|final|volatile|transient)\\s+)+)"
            + "([\\w.<>,?\\[\\] ]+?)\\s+(\\w+)\\s*(=[^;]*)?;");
    private static final Pattern MUTABLE_VALUE = Pattern.compile("\\[\\]|\\bAtomic\\w+|\\bnew\\s+(?:java\\.util\\.)?"
            + "(?:ArrayList|LinkedList|HashMap|LinkedHashMap|TreeMap|HashSet|LinkedHashSet|TreeSet|ArrayDeque|"
            + "StringBuilder|concurrent\\.\\w+)\\b");

    /** One source file: its package, its path and its code without comments and string literals. */
    record Source(String pkg, Path path, String code) {
        String name() {
            return MAIN.relativize(path).toString();
        }
    }

    @Test
    void noPackageCycles() {
        Map<String, Set<String>> graph = graph(sources());
        assertThat(graph.keySet()).contains("gradcards.app", "gradcards.demos", "gradcards.trainer", "gradcards.render");
        assertThat(cycles(graph)).as("package cycles").isEmpty();
    }

    @Test
    void theTrainerNeverUsesTheDemos() {
        List<String> bad = sources().stream().filter(s -> s.pkg().startsWith("gradcards.trainer"))
                .filter(s -> references(s).stream().anyMatch(p -> p.startsWith("gradcards.demos")))
                .map(Source::name).toList();
        assertThat(bad).as("trainer files using gradcards.demos").isEmpty();
    }

    @Test
    void sqlOnlyInTheStore() {
        List<String> bad = sources().stream().filter(s -> !s.pkg().equals("gradcards.store"))
                .filter(s -> SQL.matcher(s.code()).find()).map(Source::name).toList();
        assertThat(bad).as("java.sql outside gradcards.store").isEmpty();
    }

    @Test
    void theCoreReadsNoClockAndPrintsNothing() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            boolean core = CORE.stream().anyMatch(c -> s.pkg().equals(c) || s.pkg().startsWith(c + "."));
            if (core) bad.addAll(clockOrPrint(s));
        }
        assertThat(bad).as("clock or System.out/err in the core").isEmpty();
    }

    @Test
    void theDemosThemselvesDoNotTimeTheirRuns() {
        List<String> bad = sources().stream().filter(s -> s.name().endsWith("demos/BaseDemo.java")
                || s.name().endsWith("demos/CustomExperiment.java")).flatMap(s -> clockOrPrint(s).stream()).toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void noStaticMutableFieldInApp() {
        List<String> bad = sources().stream().filter(s -> s.pkg().startsWith("gradcards.app"))
                .flatMap(s -> staticMutableFields(s.code()).stream().map(f -> s.name() + ": " + f)).toList();
        assertThat(bad).as("static mutable fields in gradcards.app").isEmpty();
    }

    @Test
    void noCardTypeIsTestedWithInstanceof() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            Matcher m = CARD_TYPE_TEST.matcher(s.code());
            while (m.find()) bad.add(s.name() + ": " + m.group());
        }
        assertThat(bad).as("card types tested with instanceof (use Card's methods or Card.match)").isEmpty();
    }

    /**
     * A question type lives in one file: its record (a record of gradcards.content implementing Card) is named only
     * there and in the registry (content/CardTypes.java). Elsewhere a card is asked (Card's methods), never told apart
     * by its type; building a card of a named type ({@code new X(…)}, with its {@code X.TYPE}) is the one exception.
     */
    @Test
    void aCardTypeIsNamedOnlyInItsOwnFileAndTheRegistry() {
        List<Source> all = sources();
        List<String> types = cardTypes(all);
        assertThat(types).contains("Flashcard", "MultipleChoice", "TrueFalse", "ShortAnswer", "Cloze");
        List<String> bad = new ArrayList<>();
        for (Source s : all) {
            if (s.name().equals("gradcards/content/CardTypes.java")) continue;
            for (String t : types) {
                if (s.name().equals("gradcards/content/" + t + ".java")) continue;
                for (String use : typeNamed(s.code(), t)) bad.add(s.name() + ": " + use);
            }
        }
        assertThat(bad).as("card types named outside their own file and the registry (ask the card instead)").isEmpty();
    }

    /** The record names of the card types: records of gradcards.content that implement Card. */
    static List<String> cardTypes(List<Source> sources) {
        List<String> out = new ArrayList<>();
        Pattern record = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\([^)]*\\)\\s*implements\\s+(?:[\\w.]+\\s*,\\s*)*Card\\b");
        for (Source s : sources) {
            if (!s.pkg().equals("gradcards.content")) continue;
            Matcher m = record.matcher(s.code());
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /** Where code names the type t, other than building a card of it (new t(…) and t.TYPE where one is built). */
    static List<String> typeNamed(String code, String t) {
        Pattern build = Pattern.compile("\\bnew\\s+(?:gradcards\\.content\\.)?" + t + "\\s*\\(");
        String rest = code;
        if (build.matcher(code).find()) {
            rest = build.matcher(code).replaceAll("new (");
            rest = Pattern.compile("\\b(?:gradcards\\.content\\.)?" + t + "\\s*\\.\\s*TYPE\\b").matcher(rest).replaceAll("");
        }
        rest = Pattern.compile("(?m)^import\\s+gradcards\\.content\\." + t + "\\s*;").matcher(rest).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\w.]*\\b" + t + "\\b[\\w.:(]*").matcher(rest);
        while (m.find()) out.add(m.group());
        return out;
    }

    // The checks themselves can fail: each finds what it looks for in a small made-up case.

    @Test
    void theCardTypeCheckFindsInstanceofTests() {
        for (String line : List.of("if (c instanceof Card.MultipleChoice m) return 1;",
                "boolean f = !(card instanceof Card.Flashcard);", "if (c instanceof gradcards.content.Card.Cloze) x();",
                "if (c instanceof TrueFalse t) y();", "if (c instanceof Card . ShortAnswer) z();")) {
            assertThat(CARD_TYPE_TEST.matcher(strip(line)).find()).as(line).isTrue();
        }
        for (String line : List.of("if (e instanceof UserError u) throw u;", "// c instanceof Card.Cloze",
                "String s = \"x instanceof Card.Cloze\";", "if (o instanceof Cards) w();")) {
            assertThat(CARD_TYPE_TEST.matcher(strip(line)).find()).as(line).isFalse();
        }
    }

    @Test
    void theTypeNameCheckFindsATypeToldApart() {
        assertThat(typeNamed(strip("if (c.type() == Cloze.TYPE) x();"), "Cloze")).containsExactly("Cloze.TYPE");
        assertThat(typeNamed(strip("Cloze z = (Cloze) c;"), "Cloze")).isNotEmpty();
        assertThat(typeNamed(strip("List<MultipleChoice> items;"), "MultipleChoice")).containsExactly("MultipleChoice");
        assertThat(typeNamed(strip("c.match(f -> 1, Card.TrueFalse::mark);"), "TrueFalse")).containsExactly("Card.TrueFalse::mark");
        assertThat(typeNamed(strip("Card c = new Cloze(info(Cloze.TYPE), blanks, false);"), "Cloze")).isEmpty();
        assertThat(typeNamed(strip("import gradcards.content.Cloze;\nvar t = new ClozeText(); // Cloze\nString s = \"Cloze\";"),
                "Cloze")).isEmpty();
        assertThat(cardTypes(List.of(new Source("gradcards.content", Path.of("x"),
                strip("public record Essay(CardInfo info, String rubric) implements Card {}"))))).containsExactly("Essay");
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, Set<String>> g = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertThat(cycles(g)).containsExactly(List.of("a", "b", "c"));
        assertThat(cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of())))).isEmpty();
    }

    @Test
    void theFieldCheckFindsStaticState() {
        String code = strip("""
                final class X {
                    static final AtomicReference<Object> CURRENT = new AtomicReference<>(null);
                    private static int count;
                    static final Class<?>[] ALL = {X.class};
                    static final List<String> OK = List.of("a");
                    private static final int LIMIT = 3;
                    static int twice(int x) { return 2 * x; }
                    final int notStatic = 1;
                }
                """);
        assertThat(staticMutableFields(code)).containsExactly("CURRENT", "count", "ALL");
    }

    @Test
    void theClockCheckFindsEveryClock() {
        for (String line : List.of("var t = Instant.now();", "long n = System.nanoTime();",
                "long m = System.currentTimeMillis();", "Clock c = Clock.systemUTC();", "System.out.println(1);",
                "LocalDate d = LocalDate.now();")) {
            Source s = new Source("gradcards.srs", MAIN.resolve("gradcards/srs/X.java"), strip(line));
            assertThat(clockOrPrint(s)).as(line).isNotEmpty();
        }
        Source quiet = new Source("gradcards.srs", MAIN.resolve("gradcards/srs/X.java"),
                strip("// Instant.now() is not used\nString s = \"System.nanoTime()\"; clock.instant();"));
        assertThat(clockOrPrint(quiet)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<String> clockOrPrint(Source s) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(CLOCK, PRINTS)) {
            Matcher m = p.matcher(s.code());
            while (m.find()) out.add(s.name() + ": " + m.group());
        }
        return out;
    }

    static List<String> staticMutableFields(String code) {
        List<String> out = new ArrayList<>();
        Matcher m = STATIC_FIELD.matcher(code);
        while (m.find()) {
            String modifiers = m.group(1);
            if (!modifiers.contains("static")) continue;
            String type = m.group(2).trim();
            if (type.matches("(?:class|interface|record|enum|return|throw|new)\\b.*")) continue;
            boolean fin = modifiers.contains("final");
            String init = m.group(4) == null ? "" : m.group(4);
            if (!fin || MUTABLE_VALUE.matcher(type).find() || MUTABLE_VALUE.matcher(init).find()) out.add(m.group(3));
        }
        return out;
    }

    /** The package graph: each package of gradcards → the gradcards packages its code refers to. */
    static Map<String, Set<String>> graph(List<Source> sources) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Source s : sources) {
            Set<String> to = g.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String p : references(s)) if (!p.equals(s.pkg())) to.add(p);
        }
        return g;
    }

    /** The packages a file refers to (by import or by a fully qualified name). */
    static Set<String> references(Source s) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(s.code());
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Every cycle of the graph, each as its smallest rotation (Tarjan's strongly connected components). */
    static List<List<String>> cycles(Map<String, Set<String>> g) {
        List<List<String>> out = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        for (String v : g.keySet()) {
            if (!index.containsKey(v)) connect(v, g, index, low, stack, onStack, counter, out);
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> g, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, Set<String> onStack, int[] counter,
                                List<List<String>> out) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.add(v);
        onStack.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, onStack, counter, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) out.add(component.stream().sorted().toList());
        }
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(ArchitectureTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path f) {
        try {
            String text = Files.readString(f);
            Matcher m = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(text);
            return new Source(m.find() ? m.group(1) : "", f, strip(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without comments, text blocks, string and char literals. */
    static String strip(String s) {
        String noBlocks = s.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < noBlocks.length()) {
            char c = noBlocks.charAt(i);
            if (c == '/' && i + 1 < noBlocks.length() && noBlocks.charAt(i + 1) == '/') {
                while (i < noBlocks.length() && noBlocks.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < noBlocks.length() && noBlocks.charAt(i + 1) == '*') {
                int end = noBlocks.indexOf("*/", i + 2);
                i = end < 0 ? noBlocks.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < noBlocks.length() && noBlocks.charAt(j) != c && noBlocks.charAt(j) != '\n') {
                    j += noBlocks.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
