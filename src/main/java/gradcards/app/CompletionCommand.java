package gradcards.app;

import gradcards.error.UserError;
import gradcards.i18n.Text;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards completion bash|zsh`: the shell completion script, generated from the command tree by picocli. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh, generated from the command tree. "
                + "Example: source <(gradcards completion bash)")
public class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "The shell: bash or zsh.")
    String shell;

    @Override
    public Integer call() {
        String s = shell.trim().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("bash") && !s.equals("zsh")) {
            throw new UserError(Text.of("셸은 bash 또는 zsh여야 합니다 (입력: " + shell + ")",
                    "the shell must be bash or zsh (got " + shell + ")"));
        }
        // picocli's script serves both: under zsh it loads bashcompinit itself
        String script = AutoComplete.bash("gradcards", spec.root().commandLine());
        Gradcards.root(spec).out().print(script);
        Gradcards.root(spec).out().flush();
        return 0;
    }
}
