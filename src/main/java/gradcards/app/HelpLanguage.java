package gradcards.app;

import gradcards.i18n.Lang;
import gradcards.render.Cells;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The --help of every command in the interface language. The texts live in help_ko.properties (Korean, whole
 * sentences per key) beside this class; English comes from the commands' annotations with their Korean lines dropped
 * and their fragments joined into whole sentences. Keys: the command path ("demo.run", "" for the root) + ".description";
 * path + "." + option name without dashes (or the parameter label), else the bare option name (global options).
 * The description, parameters, options and subcommands are wrapped here at spaces with display widths (Hangul is 2
 * columns), never inside a word, because picocli's line breaking splits Hangul words.
 */
final class HelpLanguage {
    /**
     * A mixin of options several commands share (e.g. RoundOptions): its options' texts are keyed once by the mixin's
     * name ("round.count"), not once per command.
     */
    interface SharedHelp {
    }

    static final int WIDTH = 80;
    private static final int LEFT = 24;

    private final Lang lang;
    private final Map<String, String> texts;

    private HelpLanguage(Lang lang, Map<String, String> texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /** Applies the language to the help of every command in the tree under cl. */
    static void apply(CommandLine cl, Lang lang) {
        HelpLanguage h = new HelpLanguage(lang, lang == Lang.KO ? load("help_ko.properties") : Map.of());
        h.applyTree(cl);
    }

    private void applyTree(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        var u = spec.usageMessage();
        // picocli lays the synopsis out counting "사용법: " as 5 columns, not 8
        u.width(lang == Lang.KO ? WIDTH - 3 : WIDTH);
        u.header(new String[0]); // HelpCommand's English header: its description says it all
        u.synopsisHeading(ko("사용법: ", "Usage: "));
        u.descriptionHeading("%n");
        u.parameterListHeading(ko("%n인자:%n", "%nParameters:%n"));
        u.optionListHeading(ko("%n옵션:%n", "%nOptions:%n"));
        u.commandListHeading(ko("%n하위 명령:%n", "%nCommands:%n"));
        Map<String, CommandLine.IHelpSectionRenderer> r = new LinkedHashMap<>(cl.getHelpSectionMap());
        r.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> block(description(spec)));
        r.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> parameters(spec));
        r.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(spec));
        r.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(cl));
        String path = path(spec);
        if (path.equals("config") || path.equals("config.set")) {
            r.put(SETTINGS_SECTION, help -> settings());
            List<String> order = new ArrayList<>(cl.getHelpSectionKeys());
            order.add(order.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SETTINGS_SECTION);
            cl.setHelpSectionKeys(order);
        }
        cl.setHelpSectionMap(r);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().parent() == spec) applyTree(sub);
        }
    }

    private static final String SETTINGS_SECTION = "gradcardsSettings";

    /** The setting keys with their allowed values, default and meaning (for config --help). */
    String settings() {
        StringBuilder b = new StringBuilder(String.format(ko("%n설정 키:%n", "%nSetting keys:%n")));
        for (gradcards.config.SettingKey k : gradcards.config.SettingKey.values()) {
            String allowed = gradcards.render.ConfigTable.allowed(k).in(lang);
            row(b, "  " + k.key(), k.description().in(lang) + ko(" · 허용 값: ", " · allowed: ") + allowed
                    + ko(" · 기본값: ", " · default: ") + k.defaultValue());
        }
        return b.toString();
    }

    private String ko(String k, String e) {
        return lang == Lang.KO ? k : e;
    }

    /** The command's path below the root: "" for the root, "demo.run" for 'gradcards demo run'. */
    static String path(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (CommandSpec s = spec; s.parent() != null; s = s.parent()) names.add(0, s.name());
        return String.join(".", names);
    }

    private static String key(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The command's description in the interface language. */
    String description(CommandSpec spec) {
        String t = texts.get(key(path(spec), "description"));
        return t != null ? t : english(spec.usageMessage().description());
    }

    /** The first sentence of the description, for the list of subcommands. */
    String summary(CommandSpec spec) {
        String t = texts.get(key(path(spec), "summary"));
        if (t != null) return t;
        String d = description(spec).split("\n", 2)[0];
        int end = sentenceEnd(d);
        return end > 0 ? d.substring(0, end) : d;
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) return i + 1;
        }
        return -1;
    }

    /** An option's or parameter's description in the interface language. */
    String description(CommandSpec spec, ArgSpec arg) {
        String name = arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "")
                : "@" + ((PositionalParamSpec) arg).paramLabel();
        String shared = arg instanceof OptionSpec o ? sharedKey(spec, o) : null;
        String t = texts.get(shared != null ? shared : key(path(spec), name));
        if (t == null) t = texts.get(name);
        return t != null ? t : english(arg.description());
    }

    /** "round.count" for an option of a SharedHelp mixin named round; null for any other option. */
    static String sharedKey(CommandSpec spec, OptionSpec o) {
        for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
            if (m.getValue().userObject() instanceof SharedHelp && m.getValue().findOption(o.longestName()) != null) {
                return m.getKey() + "." + o.longestName().replaceFirst("^-+", "");
            }
        }
        return null;
    }

    /** English from annotation lines: lines written in Korean are dropped, fragments joined, "" starts a paragraph. */
    static String english(String[] lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            String raw = line.replace("%n", "\n").replace("%%", "%").strip();
            String l = dropKorean(raw);
            if (l.isEmpty() && !raw.isEmpty()) continue;
            if (l.isEmpty()) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
                continue;
            }
            if (hangulShare(l) > 0.3) continue;
            if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append(' ');
            b.append(l);
        }
        return b.toString().strip();
    }

    /** A line without its Korean glosses: "(깊이)" parentheticals and trailing sentences written in Korean. */
    static String dropKorean(String line) {
        String l = line.replaceAll("\\s*\\((?:[^()A-Za-z]*[\\uAC00-\\uD7A3][^()A-Za-z]*)\\)", "");
        l = l.replace(" / 예:", ":");
        List<String> kept = new ArrayList<>();
        for (String sentence : l.split("(?<=\\.) ")) {
            if (hangulShare(sentence) <= 0.5) kept.add(sentence);
        }
        return String.join(" ", kept);
    }

    /** The share of letters that are Hangul. */
    static double hangulShare(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long hangul = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        return letters == 0 ? 0 : (double) hangul / letters;
    }

    private static String block(String text) {
        if (text.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (String line : Cells.wrap(text, WIDTH - 1)) b.append(line.stripTrailing()).append('\n');
        return b.toString();
    }

    private String parameters(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) continue;
            row(b, "  " + p.paramLabel(), description(spec, p));
        }
        return b.toString();
    }

    private String options(CommandSpec spec) {
        List<OptionSpec> opts = new ArrayList<>(spec.options());
        opts.removeIf(OptionSpec::hidden);
        opts.sort(java.util.Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "").toLowerCase()));
        StringBuilder b = new StringBuilder();
        for (OptionSpec o : opts) {
            String names = String.join(", ", o.names());
            if (o.names().length == 1) names = "    " + names;
            String label = o.typeInfo().isBoolean() || o.arity().max() == 0 ? "" : "=" + o.paramLabel();
            row(b, "  " + names + label, description(spec, o));
        }
        return b.toString();
    }

    private String commands(CommandLine cl) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandSpec s = e.getValue().getCommandSpec();
            if (!e.getKey().equals(s.name()) || s.usageMessage().hidden()) continue; // aliases once
            row(b, "  " + s.name(), summary(s));
        }
        return b.toString();
    }

    /** One row: the left column, then the text wrapped into the right column (on the next line if the left is long). */
    private static void row(StringBuilder b, String left, String text) {
        List<String> lines = Cells.wrap(text.replace("\n", " "), WIDTH - LEFT - 1);
        if (Cells.width(left) > LEFT - 2) {
            b.append(left).append('\n');
            left = "";
        }
        for (String line : lines) {
            b.append(Cells.padRight(left, LEFT)).append(line.stripTrailing()).append('\n');
            left = "";
        }
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = HelpLanguage.class.getResourceAsStream(name)) {
            if (in == null) return Map.of();
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k).strip());
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key the tree's help looks up, with its English text (for the Korean file and its test). */
    static Map<String, String> englishKeys(CommandLine cl) {
        Map<String, String> out = new LinkedHashMap<>();
        HelpLanguage h = new HelpLanguage(Lang.EN, Map.of());
        collect(cl, h, out);
        return out;
    }

    private static void collect(CommandLine cl, HelpLanguage h, Map<String, String> out) {
        CommandSpec spec = cl.getCommandSpec();
        String path = path(spec);
        out.put(key(path, "description"), h.description(spec));
        for (PositionalParamSpec p : spec.positionalParameters()) out.put(key(path, "@" + p.paramLabel()), h.description(spec, p));
        for (OptionSpec o : spec.options()) {
            String n = o.longestName().replaceFirst("^-+", "");
            boolean inherited = o.inherited() || o.scopeType() == CommandLine.ScopeType.INHERIT || o.usageHelp() || o.versionHelp();
            String shared = sharedKey(spec, o);
            out.put(inherited ? n : shared != null ? shared : key(path, n), h.description(spec, o));
        }
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals(e.getValue().getCommandSpec().name())) collect(e.getValue(), h, out);
        }
    }
}
