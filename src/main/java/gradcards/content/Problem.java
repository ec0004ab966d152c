package gradcards.content;

/** One problem found in a deck: where (file, line, column), which card and field, and what to do. */
public record Problem(String file, int line, int column, String message) {

    /** The problem as one line: "file:line:column: message". */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
