package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.i18n.Visible;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, Why-8: an OSC or CSI sequence in a typed answer, or in a deck's text, set the terminal's title and hid
 * its cursor. Now every control character reaches the screen as a visible symbol (ESC as ␛, BEL as ␇), never raw.
 */
class ControlCharactersTest {
    private static final String OSC_TITLE = "\u001b]0;pwned\u0007";
    private static final String HIDE_CURSOR = "\u001b[?25l";

    @TempDir
    Path tmp;

    @Test
    void escapeSequencesInATypedAnswerAndInADeckAreShownNotSent() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("deck"));
        String deck = Files.readString(ContentErrorsTest.MINI.resolve("mini.json")).replace(
                "\"en\": \"What is the vanishing-gradient problem?\"",
                "\"en\": \"What is the vanishing-gradient problem?\\u001b]0;deck-title\\u0007\\u001b[?25l\"");
        Files.writeString(dir.resolve("mini.json"), deck);
        TestEnv env = new TestEnv("\n\n3\n\nO\n\n" + OSC_TITLE + HIDE_CURSOR + "relu\n\nq\n");
        assertThat(env.run("--db", tmp.resolve("g.sqlite").toString(), "--content", dir.toString(), "--plain",
                "--now", "2026-12-01T09:00:00Z", "study")).isZero();
        String out = env.out();
        assertThat(out).doesNotContain("\u001b", "\u0007", "\u009b", "\u009d");
        assertThat(out).contains("␛]0;deck-title␇␛[?25l"); // the deck's sequence, shown
        assertThat(out).contains("␛]0;pwned␇␛[?25lrelu"); // the typed one, echoed as text
    }

    @Test
    void everyControlCharacterBecomesVisibleAndOnlyColourSequencesAreKept() {
        assertThat(Visible.of(OSC_TITLE + HIDE_CURSOR)).isEqualTo("␛]0;pwned␇␛[?25l");
        assertThat(Visible.of("a\u0000b\u007fc\u009bd")).isEqualTo("a␀b␡c␦d");
        assertThat(Visible.keepingStyles("\u001b[1;31mred\u001b[0m" + OSC_TITLE)).isEqualTo("\u001b[1;31mred\u001b[0m␛]0;pwned␇");
        assertThat(Visible.of("plain 한글")).isEqualTo("plain 한글");
    }
}
