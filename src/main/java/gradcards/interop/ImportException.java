package gradcards.interop;

import gradcards.i18n.Text;

/** A file that cannot be imported: the message names the file and says what is wrong, in both languages. */
public final class ImportException extends RuntimeException {
    private final transient Text text;

    public ImportException(Text text) {
        super(text.en());
        this.text = text;
    }

    public ImportException(Text text, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    /** The one-line message in both languages. */
    public Text text() {
        return text;
    }

    /** "FILE: what is wrong (what to do)" in both languages. */
    static ImportException of(String file, String en, String ko) {
        return new ImportException(Text.of(file + ": " + ko, file + ": " + en));
    }
}
