package gradcards.config;

/** A setting key or value that is not allowed; the message is one line naming what is allowed. */
public class SettingException extends IllegalArgumentException {
    public SettingException(String message) {
        super(message);
    }
}
