package gradcards.app;

/** An error the learner can fix: its message is one user-facing line saying what is wrong and what to do. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
