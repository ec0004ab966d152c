package gradcards.app;

import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.render.Style;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `gradcards demo`: the gradient-measuring demonstrations of the mini trainer; with no subcommand, its usage. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The mini trainer's demonstrations, which measure gradients layer by layer.",
            "미니 트레이너의 데모: 층별 기울기를 측정합니다.", ""},
        subcommands = {DemoListCommand.class, DemoRunCommand.class, DemoCustomCommand.class, DemoMeasureCommand.class})
public class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The catalogue demo with this id (any case), or a user error listing the valid ids. */
    static Demo find(DemoBackend backend, String id, Lang lang) {
        List<Demo> demos = backend.demos();
        String ids = demos.stream().map(Demo::id).collect(Collectors.joining(", "));
        return backend.byId(id).orElseThrow(() -> new UserError(Text.of("데모 '" + id + "'은(는) 없습니다 (가능한 id: " + ids + ")",
                        "no demo '" + id + "' (valid ids: " + ids + ")")));
    }

    /** The output width: COLUMNS when set, else the terminal's width, else 80; kept between 40 and 120. */
    static int columns(Env env) {
        int c = 0;
        try {
            String v = env.var("COLUMNS");
            c = v != null ? Integer.parseInt(v.trim()) : env.stdoutIsTerminal() ? terminalWidth() : 0;
        } catch (NumberFormatException e) {
            c = 0;
        }
        return c <= 0 ? 80 : Math.max(40, Math.min(120, c));
    }

    private static int terminalWidth() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return t.getWidth();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The style of the output: plain when --plain, NO_COLOR, a dumb terminal or a pipe. */
    static Style style(Gradcards root) {
        return new Style(root.options().plain(root.env()));
    }
}
