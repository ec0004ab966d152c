package gradcards.content;

import gradcards.grade.Result;
import gradcards.i18n.Text;
import java.io.IOException;

/** A typed answer: accepted forms, rejects, an optional number with its tolerance (see {@link AnswerSpec}). */
public record ShortAnswer(CardInfo info, AnswerSpec answer) implements Card {
    public static final CardType TYPE = new CardType("short", Text.of("단답형", "Short answer"), Answering.TYPED, ShortAnswer::read,
            (info, in) -> new ShortAnswer(info, in.answer()), new CardType.Example("""
                    {"id": "short-example", "type": "short", "facts": ["S01"], "topic": "remedy", "subject": 4,
                     "prompt": {"ko": "음수 입력에서 0을 내는 활성화 함수는?", "en": "Which activation outputs 0 for negative inputs?"},
                     "accept": ["relu", "렐루"], "reject": ["sigmoid"],
                     "answer": {"ko": "ReLU", "en": "ReLU"},
                     "explanation": {"ko": "max(0, x)", "en": "max(0, x)"}}
                    """, "relu", "tanh"));

    /** A learner's own card may give only its answer text: its forms are then accepted. */
    private static Card read(DeckReader.Fields f, CardInfo info) {
        boolean answerOnly = f.user() && !f.node().has("accept") && !f.node().has("numeric") && info.answer() != null;
        return new ShortAnswer(info, answerOnly ? DeckReader.Fields.userAnswer(info.answer()) : f.answer(f.node(), f.ptr(), f.who()));
    }

    @Override
    public void writeSnapshot(ContentSnapshot.Out out) throws IOException {
        out.answer(answer);
    }

    @Override
    public Card withInfo(CardInfo info) {
        return new ShortAnswer(info, answer);
    }

    @Override
    public Answering answering() {
        return TYPE.answering();
    }

    @Override
    public double guessChance() {
        return 0;
    }

    @Override
    public Result grade(String input, Grading grading) {
        return grading.grader().grade(input, grading.key(answer));
    }
}
