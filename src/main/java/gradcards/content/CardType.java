package gradcards.content;

import gradcards.i18n.Text;

/** The five question types of a deck, with their JSON codes. */
public enum CardType implements Coded {
    FLASHCARD("flashcard", Text.of("플래시카드", "Flashcard")),
    MCQ("mcq", Text.of("4지선다", "4-choice")),
    OX("ox", Text.of("O/X", "True/false")),
    SHORT("short", Text.of("단답형", "Short answer")),
    CLOZE("cloze", Text.of("빈칸", "Cloze"));

    private final String code;
    private final Text label;

    CardType(String code, Text label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }

    /** The type with this JSON code, or null. */
    public static CardType fromCode(String code) {
        return Coded.byCode(CardType.class, code);
    }
}
