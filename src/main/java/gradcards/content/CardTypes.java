package gradcards.content;

import java.util.List;

/**
 * The registry of question types: one line per type, in the order the statistics count them. Adding a type is its
 * file in this package (a record implementing {@link Card} with a {@code TYPE} constant) and its line here; the
 * deck reader, the snapshot, the screens, grading and the exports all ask the registry or the card.
 */
final class CardTypes {
    static final List<CardType> ALL = List.of(
            Flashcard.TYPE,
            MultipleChoice.TYPE,
            TrueFalse.TYPE,
            ShortAnswer.TYPE,
            Cloze.TYPE);

    private CardTypes() {
    }
}
