package gradcards.content;

import gradcards.i18n.Text;

/** A closed set of deck values with a JSON code and a label in both languages (card types, topics). */
public interface Coded {
    /** The stable code used in deck JSON, options and the statistics' JSON. */
    String code();

    /** The name shown to the learner. */
    Text label();

    /** The constant of the enum with this code, or null. */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) return e;
        }
        return null;
    }
}
