package gradcards.ui;

import gradcards.i18n.Lang;
import java.util.Locale;
import java.util.Set;

/**
 * The prompt of a typed answer (short answer, cloze). In a terminal nothing typed is a command: "q", "종료",
 * "help" or "undo" typed and entered are graded as answers. Commands are keys pressed after Enter on an empty
 * line (Enter again: no answer, graded wrong; q quit; u undo; ? help; any other key: back to typing) and the
 * control keys Ctrl-C and Ctrl-D (on an empty line), which quit. In scripted mode (standard input not a
 * terminal) the documented lines "q", "u" and "?" are commands; every other line is an answer.
 */
final class TypedAnswerPrompt {
    /** The lines that are commands at a typed-answer prompt in scripted mode (after trimming, any case). */
    static final Set<String> SCRIPTED_COMMANDS = Set.of("q", "u", "?");

    /** What the learner did: answered (answer set), gave a command, quit, or went back to typing (all unset). */
    record Reply(String answer, Keys.Command command, boolean quit) {
        static Reply of(String answer) {
            return new Reply(answer, null, false);
        }

        static Reply command(Keys.Command command) {
            return command == Keys.Command.QUIT ? quitting() : new Reply(null, command, false);
        }

        static Reply quitting() {
            return new Reply(null, null, true);
        }

        /** Nothing to do: the question is shown again. */
        static Reply again() {
            return new Reply(null, null, false);
        }
    }

    private final Console console;
    private final Lang lang;
    private final boolean undoAndHelp;

    /** undoAndHelp: whether u and ? are offered (a study session) or only quitting (a quiz). */
    TypedAnswerPrompt(Console console, Lang lang, boolean undoAndHelp) {
        this.console = console;
        this.lang = lang;
        this.undoAndHelp = undoAndHelp;
    }

    /** Reads one typed answer or command. */
    Reply read(String prompt) {
        String line = console.read(Console.Input.LINE, prompt);
        if (line == null) return Reply.quitting();
        if (Console.RESIZED.equals(line)) return Reply.again();
        if (!console.redraws()) return scripted(line);
        return line.isBlank() ? emptyLine() : Reply.of(line);
    }

    /** Scripted mode: a "q", "u" or "?" line is that command, anything else an answer. */
    private Reply scripted(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        if (!SCRIPTED_COMMANDS.contains(s)) return Reply.of(line);
        Keys.Command c = Keys.command(s);
        return c == Keys.Command.QUIT || undoAndHelp ? Reply.command(c) : Reply.of(line);
    }

    /** Enter on an empty line in a terminal: one key chooses what happens. */
    private Reply emptyLine() {
        String key = console.read(Console.Input.KEY, "  " + keysAfterEmptyLine(lang, undoAndHelp));
        if (key == null) return Reply.quitting();
        if (key.isEmpty()) return Reply.of("");
        if (Console.RESIZED.equals(key)) return Reply.again();
        Keys.Command c = Keys.command(key);
        if (c == Keys.Command.QUIT) return Reply.quitting();
        if (undoAndHelp && (c == Keys.Command.UNDO || c == Keys.Command.HELP)) return Reply.command(c);
        return Reply.again();
    }

    /** The keys offered after Enter on an empty line. */
    static String keysAfterEmptyLine(Lang lang, boolean undoAndHelp) {
        // fits 80 columns with the two-space indent
        return lang.t("빈 답 — Enter 모름(오답) · q 끝내기" + (undoAndHelp ? " · u 되돌리기 · ? 도움말" : "")
                        + " · 다른 키: 입력",
                "empty — Enter = don't know (wrong) · q quit" + (undoAndHelp ? " · u undo · ? help" : "")
                        + " · other: type");
    }

    /** The footer of a typed-answer question in a terminal. */
    static String terminalFooter(Lang lang, boolean undoAndHelp) {
        return lang.t("답 입력 후 Enter · 빈 줄에서 Enter 뒤 q 끝내기"
                        + (undoAndHelp ? " · u 되돌리기 · ? 도움말" : ""),
                "type the answer, Enter · empty line + Enter, then q quit"
                        + (undoAndHelp ? " · u undo · ? help" : ""));
    }
}
