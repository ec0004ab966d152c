package gradcards.store;

import gradcards.error.UserError;

/**
 * A database problem, told in one user-facing line (not a gradcards database, folder not writable,
 * schema from a newer gradcards, ...). It is a UserError (gradcards.error) so that Main prints it as "gradcards: message".
 */
public class StoreException extends UserError {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A database problem told in English and Korean. */
    public StoreException(String english, String korean) {
        super(english, korean);
    }

    /** A database problem told in English and Korean, with the exception behind it. */
    public StoreException(String english, String korean, Throwable cause) {
        super(english, korean, cause);
    }
}
