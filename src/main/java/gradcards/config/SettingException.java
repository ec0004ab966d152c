package gradcards.config;

/** A setting key or value that is not allowed; the message is one line naming what is allowed. */
public class SettingException extends IllegalArgumentException {
    private final String korean;

    /** The problem in English and Korean. */
    public SettingException(String english, String korean) {
        super(english);
        this.korean = korean;
    }

    /** The Korean line. */
    public String korean() {
        return korean;
    }
}
