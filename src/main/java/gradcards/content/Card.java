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

    /** How the learner answers a card: the one fact about its type the screens and keys depend on. */
    enum Answering {
        /** Shown, then revealed on Enter and rated by the learner (not graded). */
        REVEAL,
        /** A choice number 1–4. */
        CHOICE,
        /** O or X. */
        OX,
        /** A typed line (several blanks separated by commas). */
        TYPED
    }

    /** How this card is answered. */
    Answering answering();

    /** Whether the answer is typed on a line (rather than one key). */
    default boolean typed() {
        return answering() == Answering.TYPED;
    }

    /** Whether the card is only revealed and rated by the learner, never graded (so never in a quiz). */
    default boolean revealOnly() {
        return answering() == Answering.REVEAL;
    }

    /** Front and back. */
    record Flashcard(CardInfo info) implements Card {
        @Override
        public Answering answering() {
            return Answering.REVEAL;
        }
    }

    /** Four choices, one key (1-based, in file order); polarity "incorrect" asks for the statement that is NOT correct. */
    record MultipleChoice(CardInfo info, boolean askIncorrect, List<Text> choices, int key) implements Card {
        @Override
        public Answering answering() {
            return Answering.CHOICE;
        }
    }

    /** An O/X statement: truth is the exam's expected answer. */
    record TrueFalse(CardInfo info, boolean truth) implements Card {
        @Override
        public Answering answering() {
            return Answering.OX;
        }
    }

    /** A typed answer. */
    record ShortAnswer(CardInfo info, AnswerSpec answer) implements Card {
        @Override
        public Answering answering() {
            return Answering.TYPED;
        }
    }

    /** A sentence with blanks {{1}}, {{2}} …; unordered blanks match as a set. */
    record Cloze(CardInfo info, List<AnswerSpec> blanks, boolean unordered) implements Card {
        @Override
        public Answering answering() {
            return Answering.TYPED;
        }
    }
}
