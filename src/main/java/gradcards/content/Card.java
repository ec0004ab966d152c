package gradcards.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.grade.Result;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.io.IOException;
import java.util.List;

/**
 * A study card: a record of one of the question types ({@link CardTypes}), holding the common {@link CardInfo}.
 *
 * <p>Everything about a type lives in its own file, with its record: how it is read from deck JSON and the
 * snapshot ({@link CardType}), how it is answered and graded, how its prompt, key and answer read on the screens,
 * its JSON and Anki form, its chance of a lucky guess. The rest of the code asks the card through the methods below
 * and never names a type ({@code ArchitectureTest} checks: no {@code instanceof} on a card type, and a type's record
 * is named only in its own file and the registry, or where a card of it is built).
 */
public interface Card {

    /** The fields every card has. */
    CardInfo info();

    default String id() {
        return info().id();
    }

    default CardType type() {
        return info().type();
    }

    /** The same card with other common fields (a copy under a new id). */
    Card withInfo(CardInfo info);

    /** How the learner answers a card: the one fact about its type the keys depend on. */
    enum Answering {
        /** Shown, then revealed on Enter and rated by the learner (not graded). */
        REVEAL(Text.of("Space/Enter 답 보기", "Space/Enter reveal")),
        /** A choice number 1–4. */
        CHOICE(Text.of("1–4 선택", "1–4 choose")),
        /** O or X. */
        OX(Text.of("O/X 답하기", "O/X answer")),
        /** A typed line (several blanks separated by commas). */
        TYPED(Text.of("답을 입력하고 Enter", "type the answer, Enter"));

        private final Text keys;

        Answering(Text keys) {
            this.keys = keys;
        }

        /** How to answer, as the study and quiz footers say it ("1–4 choose", "O/X answer", …). */
        public Text keys() {
            return keys;
        }
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

    /** The choices of a card answered by choice, in file order; empty for the other types. */
    default List<Text> choices() {
        return List.of();
    }

    /** The key of a card answered by choice (1-based, in file order); 0 for the other types. */
    default int key() {
        return 0;
    }

    /** Whether the card asks for the statement that is NOT correct (the screens set the NOT off). */
    default boolean askIncorrect() {
        return false;
    }

    /** The blanks of a card with blanks in its prompt ({{1}} …), each a typed answer; empty for the other types. */
    default List<AnswerSpec> blanks() {
        return List.of();
    }

    /** Whether the card can be a question of the mock written exam (a 4-choice item). */
    default boolean onWrittenExam() {
        return false;
    }

    /** The chance of guessing the answer right: 4-choice 0.25, O/X 0.5, typed (and flashcards) 0. */
    double guessChance();

    // --- answering and grading ---

    /**
     * The grade of the learner's input: a choice's result names the option chosen (shown position) and has no
     * reason; an unreadable input is INVALID (ask again). Not asked of a card that is only revealed.
     */
    Result grade(String input, Grading grading);

    /**
     * What the learner gave, as the wrong-answer notebook keeps it: the text typed, O or X, a choice as
     * {@link StoredChoice} (order: the shown order of the choices), or "" when there is nothing to keep.
     */
    default String storedAnswer(String given, boolean correct, int[] order) {
        return given;
    }

    // --- the study and quiz screens ---

    /** The prompt as the study and quiz screens show it. */
    default String shownPrompt(Lang lang) {
        return info().prompt().in(lang);
    }

    /** The key as the verdict line names it after an answer (a choice's shown number and text, O or X); "" for none. */
    default String verdictKey(int displayedKey, Lang lang) {
        return "";
    }

    /** What a wrong answer gave, as the verdict line echoes it. */
    default String wrongGiven(String given) {
        return given;
    }

    /** Whether the feedback shows the card's answer text under the verdict line. */
    default boolean showsAnswerText() {
        return true;
    }

    /** The answer as the card view labels it (O/X puts its mark first). */
    default Text keyedAnswer() {
        return info().answer();
    }

    // --- exports ---

    /** The question as plain text in one language (the Anki front: choices and the O/X prompt are part of it). */
    default String frontText(boolean korean) {
        return pick(info().prompt(), korean);
    }

    /** The answer as plain text in one language (the Anki back: O/X and 4-choice name the right one first). */
    default String backText(boolean korean) {
        return pick(info().answer(), korean);
    }

    /** Adds this type's own fields to the card's JSON ({@code card show --json}). */
    default void exportJson(ObjectNode o) {
    }

    /** Writes this type's own fields to the snapshot (read back by its {@link CardType}). */
    void writeSnapshot(ContentSnapshot.Out out) throws IOException;

    /** The text in one language; "" for none. */
    static String pick(Text t, boolean korean) {
        return t == null ? "" : korean ? t.ko() : t.en();
    }
}
