package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The quick reading of a command line agrees with picocli wherever it does not leave the work to picocli. */
class QuickArgsTest {
    static final List<List<String>> OVERVIEWS = List.of(List.of(), List.of("--plain"), List.of("--db", "/tmp/x.sqlite"),
            List.of("--db=/tmp/x.sqlite", "--now=2026-12-01T09:00:00Z", "--lang=ko", "--debug"),
            List.of("--lang", "en", "--plain", "--now", "2026-12-01T09:00:00Z", "--db", "a b.sqlite"),
            List.of("--lang", "xx"), List.of("--now", "yesterday"));

    static GlobalOptions picocli(List<String> args) {
        Gradcards root = new Gradcards(new TestEnv("").envForHelp(), null);
        new CommandLine(root).parseArgs(args.toArray(String[]::new));
        return root.options();
    }

    static List<Object> fields(GlobalOptions o) {
        return java.util.Arrays.asList(o.db, o.now, o.lang, o.plain, o.debug, o.content);
    }

    @Test
    void theOverviewsGlobalOptionsAreReadAsPicocliReadsThem() {
        for (List<String> args : OVERVIEWS) {
            GlobalOptions quick = new GlobalOptions();
            assertThat(QuickArgs.parse(args.toArray(String[]::new), quick)).as("%s", args).isTrue();
            assertThat(fields(quick)).as("%s", args).isEqualTo(fields(picocli(args)));
        }
    }

    @Test
    void anythingElseIsLeftToPicocliAndChangesNothing() {
        List<List<String>> others = List.of(List.of("stats"), List.of("--help"), List.of("-h"), List.of("--version"),
                List.of("--db", "a", "--db", "b"), List.of("--plain", "--plain"), List.of("--db"), List.of("--db="),
                List.of("--db", "--plain"), List.of("--plain=true"), List.of("--content", "decks"), List.of("@args.txt"),
                List.of("--db", "@args.txt"), List.of("--bogus"), List.of("-x"), List.of("--", "--db"), List.of("--plain", "study"));
        for (List<String> args : others) {
            GlobalOptions o = new GlobalOptions();
            assertThat(QuickArgs.parse(args.toArray(String[]::new), o)).as("%s", args).isFalse();
            assertThat(fields(o)).as("%s", args).isEqualTo(fields(new GlobalOptions()));
        }
    }

    @Test
    void statsWithPlainOptionsIsReadAsPicocliReadsIt() {
        List<List<String>> lines = List.of(List.of("stats"), List.of("stats", "--json"), List.of("--db", "a.sqlite", "stats"),
                List.of("stats", "--lang", "ko", "--json", "--plain"), List.of("--now=2026-12-01T09:00:00Z", "stats", "--db=x"));
        for (List<String> args : lines) {
            GlobalOptions quick = new GlobalOptions();
            Boolean json = QuickArgs.stats(args.toArray(String[]::new), quick);
            assertThat(json).as("%s", args).isEqualTo(args.contains("--json"));
            Gradcards root = new Gradcards(new TestEnv("").envForHelp(), null);
            CommandLine cl = new CommandLine(root).addSubcommand(StatsCommand.class);
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            assertThat(fields(quick)).as("%s", args).isEqualTo(fields(root.options()));
            assertThat(((StatsCommand) parsed.subcommand().commandSpec().userObject()).json).isEqualTo(json);
        }
        List<List<String>> others = List.of(List.of(), List.of("--json", "stats"), List.of("stats", "--json", "--json"),
                List.of("stats", "--help"), List.of("stats", "--content", "d"), List.of("stats", "extra"),
                List.of("stats", "--db"), List.of("quiz"), List.of("stats", "--json=true"), List.of("--help", "stats"),
                List.of("--db", "stats", "stats", "--json"), List.of("--db", "stats"));
        for (List<String> args : others) {
            GlobalOptions o = new GlobalOptions();
            assertThat(QuickArgs.stats(args.toArray(String[]::new), o)).as("%s", args).isNull();
            assertThat(fields(o)).as("%s", args).isEqualTo(fields(new GlobalOptions()));
        }
    }

    @Test
    void theSubcommandIsTheFirstWordThatIsNoOptionValue() {
        assertThat(QuickArgs.subcommand(new String[] {"--db", "stats", "--lang", "ko", "--plain", "quiz", "--count", "3"}))
                .isEqualTo("quiz");
        assertThat(QuickArgs.subcommand(new String[] {"--plain"})).isNull();
        assertThat(QuickArgs.subcommand(new String[] {"--help", "stats"})).isNull(); // the root's help lists them all
        assertThat(QuickArgs.subcommand(new String[] {"stats", "--help"})).isEqualTo("stats");
    }

    @Test
    void everySubcommandIsFoundByItsName() {
        assertThat(Gradcards.BY_NAME).hasSize(Gradcards.SUBCOMMANDS.size() - 1); // all but picocli's help
        for (Class<?> c : Gradcards.SUBCOMMANDS) {
            if (c == CommandLine.HelpCommand.class) continue;
            String name = c.getAnnotation(CommandLine.Command.class).name();
            assertThat(Gradcards.BY_NAME.get(name)).as(name).isEqualTo(c);
        }
    }
}
