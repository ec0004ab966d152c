package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.demos.TrainerBackend;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --help of every command in the interface language: Korean under --lang ko (whole words), English under --lang en. */
class HelpLanguageTest {

    private static CommandLine tree() {
        CommandLine root = new CommandLine(new Gradcards(new TestEnv("").envForHelp(), new TrainerBackend()));
        for (Class<?> c : Gradcards.SUBCOMMANDS) root.addSubcommand(c);
        return root;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(path);
        for (var e : cl.getSubcommands().entrySet()) {
            if (!e.getKey().equals(e.getValue().getCommandSpec().name())) continue;
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            collect(e.getValue(), sub, out);
        }
    }

    private static List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        collect(tree(), new ArrayList<>(), commands);
        return commands;
    }

    private static String help(String lang, List<String> path) {
        List<String> args = new ArrayList<>(List.of("--lang", lang));
        args.addAll(path);
        args.add("--help");
        TestEnv.Result r = TestEnv.cli(args.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args)).isZero();
        return r.out();
    }

    /** The help without the synopsis and the left column of option rows (option names are Latin in both languages). */
    private static String prose(String help) {
        StringBuilder b = new StringBuilder();
        boolean synopsis = true;
        for (String line : help.split("\n")) {
            if (synopsis) {
                if (line.isBlank()) synopsis = false;
                continue;
            }
            b.append(line.startsWith("  ") && line.length() > 24 ? line.substring(24) : line.startsWith("  ") ? "" : line)
                    .append('\n');
        }
        return b.toString();
    }

    /** Every whitespace-separated word of the Korean texts (what a line may start or end with). */
    private static Set<String> koreanWords() throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(HelpLanguage.class.getResourceAsStream("help_ko.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Set<String> words = new HashSet<>();
        for (String k : p.stringPropertyNames()) words.addAll(List.of(p.getProperty(k).split("\\s+")));
        for (gradcards.config.SettingKey k : gradcards.config.SettingKey.values()) {
            words.addAll(List.of(k.description().ko().split("\\s+")));
            words.addAll(List.of(gradcards.render.ConfigTable.allowed(k).ko().split("\\s+")));
        }
        words.addAll(List.of("사용법:", "인자:", "옵션:", "하위", "명령:", "설정", "키:", "허용", "값:", "기본값:", "·"));
        return words;
    }

    @Test
    void everyCommandsHelpIsKoreanUnderLangKoAndNeverBreaksAWord() throws Exception {
        Set<String> words = koreanWords();
        List<List<String>> commands = commands();
        assertThat(commands).hasSizeGreaterThan(30);
        for (List<String> path : commands) {
            String help = help("ko", path);
            String name = "gradcards " + String.join(" ", path) + " --help";
            assertThat(help).as(name).startsWith("사용법: gradcards");
            // option values, JSON field names and file formats stay Latin (cards --help is the least Korean, 57 %)
            assertThat(HelpLanguage.hangulShare(prose(help))).as(name + "\n" + help).isGreaterThanOrEqualTo(0.55);
            for (String line : help.split("\n")) {
                assertThat(gradcards.render.Cells.width(line)).as(name + ": " + line).isLessThanOrEqualTo(80);
                for (String token : line.trim().split("\\s+")) {
                    if (HelpLanguage.hangulShare(token) > 0) {
                        assertThat(words).as(name + ": a Hangul word broken or unknown in line '" + line + "'")
                                .contains(token);
                    }
                }
            }
        }
    }

    @Test
    void everyCommandsHelpIsEnglishUnderLangEn() {
        for (List<String> path : commands()) {
            String help = help("en", path);
            String name = "gradcards " + String.join(" ", path) + " --help";
            assertThat(help).as(name).startsWith("Usage: gradcards");
            assertThat(HelpLanguage.hangulShare(prose(help))).as(name + "\n" + help).isLessThan(0.05);
        }
    }

    @Test
    void koreanLocaleChoosesKoreanHelpAndLangOverridesIt() {
        TestEnv ko = new TestEnv("").var("LANG", "ko_KR.UTF-8");
        assertThat(ko.run("quiz", "--help")).isZero();
        assertThat(ko.out()).startsWith("사용법: gradcards quiz").contains("문제 수입니다");
        TestEnv en = new TestEnv("").var("LANG", "ko_KR.UTF-8");
        assertThat(en.run("--lang=en", "quiz", "--help")).isZero();
        assertThat(en.out()).startsWith("Usage: gradcards quiz").contains("Number of questions");
    }

    @Test
    void everyHelpKeyHasKoreanTextAndNoKoreanKeyIsUnused() throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(HelpLanguage.class.getResourceAsStream("help_ko.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Set<String> keys = HelpLanguage.englishKeys(tree()).keySet();
        assertThat(p.stringPropertyNames()).containsAll(keys);
        Set<String> unused = new HashSet<>(p.stringPropertyNames());
        unused.removeAll(keys);
        unused.removeIf(k -> k.startsWith("setting."));
        assertThat(unused).as("keys in help_ko.properties that no command uses").isEmpty();
        for (gradcards.config.SettingKey k : gradcards.config.SettingKey.values()) {
            // the allowed values of each setting come from one place, in both languages (config's table and its --help)
            assertThat(gradcards.render.ConfigTable.allowed(k).ko()).as(k.key()).isNotBlank();
        }
    }
}
