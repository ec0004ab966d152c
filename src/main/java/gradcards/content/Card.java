package gradcards.content;

import gradcards.i18n.Text;
import java.util.List;

/** A study card: one of the five question types, each a record holding the common CardInfo. */
public sealed interface Card {

    /** The fields every card has. */
    CardInfo info();

    default String id() {
        return info().id();
    }

    default CardType type() {
        return info().type();
    }

    /** Front and back. */
    record Flashcard(CardInfo info) implements Card {
    }

    /** Four choices, one key (1-based, in file order); polarity "incorrect" asks for the statement that is NOT correct. */
    record MultipleChoice(CardInfo info, boolean askIncorrect, List<Text> choices, int key) implements Card {
    }

    /** An O/X statement: truth is the exam's expected answer. */
    record TrueFalse(CardInfo info, boolean truth) implements Card {
    }

    /** A typed answer. */
    record ShortAnswer(CardInfo info, AnswerSpec answer) implements Card {
    }

    /** A sentence with blanks {{1}}, {{2}} …; unordered blanks match as a set. */
    record Cloze(CardInfo info, List<AnswerSpec> blanks, boolean unordered) implements Card {
    }
}
