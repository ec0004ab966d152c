package gradcards.content;

import gradcards.i18n.Text;
import java.util.List;
import java.util.function.Function;

/**
 * A study card: one of the five question types, each a record holding the common CardInfo.
 *
 * <p>What a type is lives here, with its record: how it is answered ({@link #answering()}), its choices and key,
 * its chance of a lucky guess. A concern that needs the type's own fields in a package above this one (grading in
 * {@code study.Checker}, the key line of {@code ui.StudyView}, the JSON and Anki writers) asks through
 * {@link #match}, which takes one function per type: adding a type means adding its record here and a parameter to
 * {@code match}, and the compiler then names every concern that must say what the new type does. Nothing tests a
 * card's class with {@code instanceof} ({@code ArchitectureTest} checks).
 */
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

    /** The choices of a 4-choice card in file order; empty for the other types. */
    default List<Text> choices() {
        return List.of();
    }

    /** The key of a 4-choice card (1-based, in file order); 0 for the other types. */
    default int key() {
        return 0;
    }

    /** Whether a 4-choice card asks for the statement that is NOT correct; false for the other types. */
    default boolean askIncorrect() {
        return false;
    }

    /** The chance of guessing the answer right: 4-choice 0.25, O/X 0.5, typed (and flashcards) 0. */
    double guessChance();

    /** The one function for this card's type applied to it: the single exhaustive dispatch over the five types. */
    <R> R match(Function<Flashcard, R> flashcard, Function<MultipleChoice, R> choice, Function<TrueFalse, R> ox,
                Function<ShortAnswer, R> shortAnswer, Function<Cloze, R> cloze);

    /** Front and back. */
    record Flashcard(CardInfo info) implements Card {
        @Override
        public Answering answering() {
            return Answering.REVEAL;
        }

        @Override
        public double guessChance() {
            return 0;
        }

        @Override
        public <R> R match(Function<Flashcard, R> flashcard, Function<MultipleChoice, R> choice,
                           Function<TrueFalse, R> ox, Function<ShortAnswer, R> shortAnswer, Function<Cloze, R> cloze) {
            return flashcard.apply(this);
        }
    }

    /** Four choices, one key (1-based, in file order); polarity "incorrect" asks for the statement that is NOT correct. */
    record MultipleChoice(CardInfo info, boolean askIncorrect, List<Text> choices, int key) implements Card {
        @Override
        public Answering answering() {
            return Answering.CHOICE;
        }

        @Override
        public double guessChance() {
            return 0.25;
        }

        @Override
        public <R> R match(Function<Flashcard, R> flashcard, Function<MultipleChoice, R> choice,
                           Function<TrueFalse, R> ox, Function<ShortAnswer, R> shortAnswer, Function<Cloze, R> cloze) {
            return choice.apply(this);
        }
    }

    /** An O/X statement: truth is the exam's expected answer. */
    record TrueFalse(CardInfo info, boolean truth) implements Card {
        @Override
        public Answering answering() {
            return Answering.OX;
        }

        @Override
        public double guessChance() {
            return 0.5;
        }

        @Override
        public <R> R match(Function<Flashcard, R> flashcard, Function<MultipleChoice, R> choice,
                           Function<TrueFalse, R> ox, Function<ShortAnswer, R> shortAnswer, Function<Cloze, R> cloze) {
            return ox.apply(this);
        }

        /** The key as the exam writes it: O when the statement is true, X when it is false. */
        public String mark() {
            return truth ? "O" : "X";
        }
    }

    /** A typed answer. */
    record ShortAnswer(CardInfo info, AnswerSpec answer) implements Card {
        @Override
        public Answering answering() {
            return Answering.TYPED;
        }

        @Override
        public double guessChance() {
            return 0;
        }

        @Override
        public <R> R match(Function<Flashcard, R> flashcard, Function<MultipleChoice, R> choice,
                           Function<TrueFalse, R> ox, Function<ShortAnswer, R> shortAnswer, Function<Cloze, R> cloze) {
            return shortAnswer.apply(this);
        }
    }

    /** A sentence with blanks {{1}}, {{2}} …; unordered blanks match as a set. */
    record Cloze(CardInfo info, List<AnswerSpec> blanks, boolean unordered) implements Card {
        @Override
        public Answering answering() {
            return Answering.TYPED;
        }

        @Override
        public double guessChance() {
            return 0;
        }

        @Override
        public <R> R match(Function<Flashcard, R> flashcard, Function<MultipleChoice, R> choice,
                           Function<TrueFalse, R> ox, Function<ShortAnswer, R> shortAnswer, Function<Cloze, R> cloze) {
            return cloze.apply(this);
        }
    }
}
