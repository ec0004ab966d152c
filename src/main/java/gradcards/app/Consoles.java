package gradcards.app;

import gradcards.ui.Console;
import gradcards.ui.PlainConsole;
import gradcards.ui.TerminalConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Chooses the console: full-screen JLine on a terminal, plain lines for pipes, scripts and --plain. */
final class Consoles {
    private Consoles() {
    }

    /** Runs the body with the right console, restoring the terminal afterwards. */
    static void with(Gradcards root, Consumer<Console> body) {
        Env env = root.env();
        if (env.stdinIsTerminal() && env.stdoutIsTerminal() && !root.options().plain(env)) {
            try (TerminalConsole c = TerminalConsole.open(root.lang(),
                    gradcards.i18n.Locales.charset(env.var("LC_ALL"), env.var("LC_CTYPE"), env.var("LANG")))) {
                body.accept(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        StdinOrigin.check(env);
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        body.accept(new PlainConsole(in, root.out(), 80));
    }
}
