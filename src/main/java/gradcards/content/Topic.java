package gradcards.content;

import gradcards.i18n.Text;

/** What a card is about: the definition, a cause, a remedy, exploding gradients, or history. */
public enum Topic implements Coded {
    DEFINITION("definition", Text.of("정의", "definition")),
    CAUSE("cause", Text.of("원인", "cause")),
    REMEDY("remedy", Text.of("해결책", "remedy")),
    EXPLODING("exploding", Text.of("기울기 폭주", "exploding")),
    HISTORY("history", Text.of("역사", "history")),
    /** A learner's own card (user decks and imports) that names none of the topics above. */
    OWN("own", Text.of("내 카드", "own cards"));

    private final String code;
    private final Text label;

    Topic(String code, Text label) {
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

    /** The topic with this JSON code, or null. */
    public static Topic fromCode(String code) {
        return Coded.byCode(Topic.class, code);
    }
}
