package gradcards.error;

import gradcards.i18n.Lang;
import gradcards.i18n.Text;

/**
 * An error the learner can fix: its message is one user-facing line saying what is wrong and what to do, in Korean
 * and English ({@link Text}, Korean first like {@code Text.of} and {@code Lang.t}); getMessage is the English line.
 */
public class UserError extends RuntimeException {
    private final Text text;

    /** An error with its Korean and English lines. */
    public UserError(Text text) {
        super(text.en());
        this.text = text;
    }

    /** An error with its Korean and English lines and the exception behind it. */
    public UserError(Text text, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    /** Both lines. */
    public Text text() {
        return text;
    }

    /** The line in the learner's language. */
    public String message(Lang lang) {
        return text.in(lang);
    }
}
