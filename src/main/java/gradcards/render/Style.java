package gradcards.render;

/** ANSI styling that adds, never carries, meaning: in plain mode every method returns the text unchanged. */
public final class Style {
    private final boolean plain;

    public Style(boolean plain) {
        this.plain = plain;
    }

    public boolean plain() {
        return plain;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    /** The one accent colour (cyan). */
    public String accent(String s) {
        return wrap("36", s);
    }

    public String good(String s) {
        return wrap("32", s);
    }

    public String bad(String s) {
        return wrap("31", s);
    }

    public String reverse(String s) {
        return wrap("7", s);
    }

    private String wrap(String code, String s) {
        return plain || s.isEmpty() ? s : "\u001b[" + code + "m" + s + "\u001b[0m";
    }

    /** The text with ANSI escape sequences removed (for width measurement). */
    public static String strip(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
