package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.demos.TrainerBackend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help (and the root --version) with exit 0. */
class HelpTest {

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(path);
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            collect(e.getValue(), sub, out);
        }
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine root = new CommandLine(new Gradcards(new TestEnv("").envForHelp(), new TrainerBackend()));
        for (Class<?> c : Gradcards.SUBCOMMANDS) root.addSubcommand(c);
        List<List<String>> commands = new ArrayList<>();
        collect(root, new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(15);
        for (List<String> path : commands) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            TestEnv env = new TestEnv("");
            assertThat(env.run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
            assertThat(env.out()).as(String.join(" ", args)).startsWith("Usage: gradcards");
        }
        TestEnv typo = new TestEnv("");
        assertThat(typo.run("stduy")).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean study?");
        TestEnv version = new TestEnv("");
        assertThat(version.run("--version")).isZero();
        assertThat(version.out()).startsWith("gradcards ");
    }
}
