package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.i18n.Lang;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A typed-answer prompt: in a terminal nothing typed is a command; in scripted mode only q, u and ? lines are. */
class TypedAnswerPromptTest {

    /** A console that answers reads from a script and records what kind of input each read asked for. */
    static final class ScriptConsole implements Console {
        final Deque<String> script;
        final boolean terminal;
        final List<Input> kinds = new ArrayList<>();
        final List<String> prompts = new ArrayList<>();

        ScriptConsole(boolean terminal, String... script) {
            this.terminal = terminal;
            this.script = new ArrayDeque<>(Arrays.asList(script));
        }

        @Override
        public boolean redraws() {
            return terminal;
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public void show(List<String> lines) {
        }

        @Override
        public String read(Input kind, String prompt) {
            kinds.add(kind);
            prompts.add(prompt);
            String next = script.poll();
            return "<eof>".equals(next) ? null : next;
        }

        @Override
        public void notice(String line) {
        }
    }

    private static TypedAnswerPrompt.Reply read(boolean terminal, boolean study, String... script) {
        return new TypedAnswerPrompt(new ScriptConsole(terminal, script), Lang.EN, study).read("  > ");
    }

    @ParameterizedTest(name = "terminal: \"{0}\" is an answer")
    @ValueSource(strings = {"종료", "도움말", "help", "quit", "undo", "q", "u", "?", "ㅂ", "d", " q ", "Q"})
    void inATerminalEveryTypedLineIsAnAnswer(String typed) {
        TypedAnswerPrompt.Reply r = read(true, true, typed);
        assertThat(r.answer()).isEqualTo(typed);
        assertThat(r.command()).isNull();
        assertThat(r.quit()).isFalse();
    }

    @ParameterizedTest(name = "scripted: \"{0}\" is an answer")
    @ValueSource(strings = {"종료", "도움말", "help", "quit", "undo", "ㅂ", "ㅕ", "d", "exit", "q q"})
    void inScriptedModeCommandWordsAreAnswers(String typed) {
        assertThat(read(false, true, typed).answer()).isEqualTo(typed);
        assertThat(read(false, false, typed).answer()).isEqualTo(typed);
    }

    @Test
    void inScriptedModeTheDocumentedLinesAreCommands() {
        assertThat(read(false, true, "q").quit()).isTrue();
        assertThat(read(false, true, " Q ").quit()).isTrue();
        assertThat(read(false, true, "u").command()).isEqualTo(Keys.Command.UNDO);
        assertThat(read(false, true, "?").command()).isEqualTo(Keys.Command.HELP);
        assertThat(read(false, true, "<eof>").quit()).isTrue();
        assertThat(read(false, true, "").answer()).isEmpty(); // an empty line is an empty answer, as before
    }

    @Test
    void aQuizOffersOnlyQuitting() {
        assertThat(read(false, false, "q").quit()).isTrue();
        assertThat(read(false, false, "u").answer()).isEqualTo("u");
        assertThat(read(false, false, "?").answer()).isEqualTo("?");
        assertThat(read(true, false, "", "u").answer()).isNull(); // back to typing
        assertThat(read(true, false, "", "u").command()).isNull();
        assertThat(read(true, false, "", "q").quit()).isTrue();
    }

    @Test
    void inATerminalCommandsAreKeysAfterEnterOnAnEmptyLine() {
        assertThat(read(true, true, "", "q").quit()).isTrue();
        assertThat(read(true, true, "", "ㅂ").quit()).isTrue(); // the Korean layout's q
        assertThat(read(true, true, "", "u").command()).isEqualTo(Keys.Command.UNDO);
        assertThat(read(true, true, "", "?").command()).isEqualTo(Keys.Command.HELP);
        assertThat(read(true, true, "   ", "?").command()).isEqualTo(Keys.Command.HELP);
        TypedAnswerPrompt.Reply dontKnow = read(true, true, "", "");
        assertThat(dontKnow.answer()).isEmpty(); // Enter twice: no answer, graded wrong
        TypedAnswerPrompt.Reply back = read(true, true, "", "x");
        assertThat(back.answer()).isNull();
        assertThat(back.command()).isNull();
        assertThat(back.quit()).isFalse();
        assertThat(read(true, true, "", Console.RESIZED).answer()).isNull();
    }

    @Test
    void controlKeysQuit() {
        assertThat(read(true, true, "<eof>").quit()).isTrue(); // Ctrl-C, or Ctrl-D on an empty line
        assertThat(read(true, true, "", "<eof>").quit()).isTrue();
    }

    @Test
    void theKeyPromptAfterAnEmptyLineSaysWhatEachKeyDoes() {
        ScriptConsole c = new ScriptConsole(true, "", "x");
        new TypedAnswerPrompt(c, Lang.EN, true).read("  > ");
        assertThat(c.kinds).containsExactly(Console.Input.LINE, Console.Input.KEY);
        assertThat(c.prompts.get(1)).contains("Enter = don't know").contains("q quit").contains("u undo")
                .contains("? help").contains("other: type");
        ScriptConsole ko = new ScriptConsole(true, "", "x");
        new TypedAnswerPrompt(ko, Lang.KO, false).read("  > ");
        assertThat(ko.prompts.get(1)).contains("q 끝내기").doesNotContain("되돌리기");
    }
}
