package gradcards.store;

import gradcards.error.UserError;
import gradcards.i18n.Text;

/**
 * A database problem, told in one user-facing line (not a gradcards database, folder not writable,
 * schema from a newer gradcards, ...). It is a UserError (gradcards.error) so that Main prints it as "gradcards: message".
 */
public class StoreException extends UserError {
    /** A database problem told in Korean and English. */
    public StoreException(Text text) {
        super(text);
    }

    /** A database problem told in Korean and English, with the exception behind it. */
    public StoreException(Text text, Throwable cause) {
        super(text, cause);
    }

    /** The database file itself is damaged (SQLite finds it malformed): nothing can go on until a backup is restored. */
    public static final class Damaged extends StoreException {
        Damaged(Text text, Throwable cause) {
            super(text, cause);
        }
    }
}
