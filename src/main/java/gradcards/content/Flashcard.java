package gradcards.content;

import gradcards.grade.Result;
import gradcards.grade.Verdict;
import gradcards.i18n.Text;
import java.util.List;

/** A flashcard: front and back; revealed and rated by the learner, never graded. */
public record Flashcard(CardInfo info) implements Card {
    public static final CardType TYPE = new CardType("flashcard", Text.of("플래시카드", "Flashcard"), Answering.REVEAL,
            (f, info) -> new Flashcard(info), (info, in) -> new Flashcard(info),
            new CardType.Example("""
                    {"id": "fc-example", "type": "flashcard", "facts": ["S01"], "topic": "definition", "subject": 4,
                     "prompt": {"ko": "기울기 소실이란?", "en": "What is the vanishing gradient?"},
                     "answer": {"ko": "앞쪽 층의 기울기가 0에 가까워지는 현상", "en": "Early layers' gradients shrink toward 0"},
                     "explanation": {"ko": "역전파에서 작은 값이 곱해진다.", "en": "Backprop multiplies small factors."}}
                    """, "", ""));

    @Override
    public Card withInfo(CardInfo info) {
        return new Flashcard(info);
    }

    @Override
    public Answering answering() {
        return TYPE.answering();
    }

    @Override
    public double guessChance() {
        return 0;
    }

    /** A flashcard is rated, not graded: whatever was typed counts as seen. */
    @Override
    public Result grade(String input, Grading grading) {
        return new Result(Verdict.CORRECT, "", List.of(), 0, "", null);
    }

    @Override
    public String storedAnswer(String given, boolean correct, int[] order) {
        return "";
    }

    @Override
    public void writeSnapshot(ContentSnapshot.Out out) {
    }
}
