package gradcards.error;

import gradcards.i18n.Lang;

/**
 * An error the learner can fix: its message is one user-facing line saying what is wrong and what to do,
 * in English (getMessage) and, where given, in Korean.
 */
public class UserError extends RuntimeException {
    private final String korean;

    public UserError(String message) {
        this(message, (String) null);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
        this.korean = null;
    }

    /** An error with its English and Korean lines. */
    public UserError(String english, String korean) {
        super(english);
        this.korean = korean;
    }

    /** An error with its English and Korean lines and the exception behind it. */
    public UserError(String english, String korean, Throwable cause) {
        super(english, cause);
        this.korean = korean;
    }

    /** The line in the learner's language (English when no Korean line was given). */
    public String message(Lang lang) {
        return lang == Lang.KO && korean != null ? korean : getMessage();
    }
}
