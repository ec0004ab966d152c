package gradcards.i18n;

/** A piece of user-facing text in both languages. */
public record Text(String ko, String en) {

    /** The text in the given language. */
    public String in(Lang lang) {
        return lang == Lang.KO ? ko : en;
    }

    public static Text of(String ko, String en) {
        return new Text(ko, en);
    }
}
