package gradcards.content;

import gradcards.i18n.Lang;
import gradcards.i18n.Text;

/**
 * One problem found in a deck: where (file, line, column; line 0 when it concerns the whole file), which card and
 * field, and what to do. The message is English; ko is its Korean line when there is one (else the English is shown).
 */
public record Problem(String file, int line, int column, String message, String ko) {

    /** A problem told in English only. */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    /** A problem told in Korean and English. */
    public static Problem of(String file, int line, int column, Text text) {
        return new Problem(file, line, column, text.en(), text.ko());
    }

    /** The problem as one line: "file:line:column: message" (or "file: message" for the whole file). */
    public String format() {
        return where() + message;
    }

    /** The problem as one line in the learner's language. */
    public String format(Lang lang) {
        return where() + (lang == Lang.KO && ko != null ? ko : message);
    }

    /** Both lines. */
    public Text text() {
        return Text.of(format(Lang.KO), format(Lang.EN));
    }

    private String where() {
        return line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
    }
}
