package gradcards.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.grade.Result;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.io.IOException;

/** An O/X statement: truth is the exam's expected answer. */
public record TrueFalse(CardInfo info, boolean truth) implements Card {
    public static final CardType TYPE = new CardType("ox", Text.of("O/X", "True/false"), Answering.OX, TrueFalse::read,
            (info, in) -> new TrueFalse(info, in.bool()), new CardType.Example("""
                    {"id": "ox-example", "type": "ox", "facts": ["S01"], "topic": "cause", "subject": 4, "truth": true,
                     "prompt": {"ko": "시그모이드의 도함수는 최대 0.25이다.", "en": "The sigmoid's derivative is at most 0.25."},
                     "answer": {"ko": "맞다", "en": "True"},
                     "explanation": {"ko": "σ(0)(1-σ(0)) = 0.25", "en": "σ(0)(1-σ(0)) = 0.25"}}
                    """, "O", "X"));

    private static Card read(DeckReader.Fields f, CardInfo info) {
        JsonNode t = f.node().get("truth");
        if (t == null || !t.isBoolean()) {
            f.problem(f.ptr(), "에 \"truth\": true 또는 false가 필요합니다 (문장이 맞으면 true)",
                    " needs \"truth\": true or false (is the statement correct?)");
            return null;
        }
        return new TrueFalse(info, t.asBoolean());
    }

    @Override
    public void writeSnapshot(ContentSnapshot.Out out) throws IOException {
        out.bool(truth);
    }

    @Override
    public Card withInfo(CardInfo info) {
        return new TrueFalse(info, truth);
    }

    /** The key as the exam writes it: O when the statement is true, X when it is false. */
    public String mark() {
        return truth ? "O" : "X";
    }

    @Override
    public Answering answering() {
        return TYPE.answering();
    }

    @Override
    public double guessChance() {
        return 0.5;
    }

    @Override
    public Result grade(String input, Grading grading) {
        return grading.grader().gradeOx(input, truth);
    }

    /** What was said, whatever key said it (ㅐ, T, 참 …): right means the truth. */
    @Override
    public String storedAnswer(String given, boolean correct, int[] order) {
        return correct == truth ? "O" : "X";
    }

    @Override
    public String verdictKey(int displayedKey, Lang lang) {
        return mark();
    }

    /** A wrong answer is the opposite of the truth, echoed as that mark. */
    @Override
    public String wrongGiven(String given) {
        return truth ? "X" : "O";
    }

    @Override
    public Text keyedAnswer() {
        return Text.of(mark() + " · " + info.answer().ko(), mark() + " · " + info.answer().en());
    }

    @Override
    public String frontText(boolean korean) {
        return Card.pick(info.prompt(), korean) + "\n(O / X)";
    }

    @Override
    public String backText(boolean korean) {
        return mark() + " — " + Card.pick(info.answer(), korean);
    }

    @Override
    public void exportJson(ObjectNode o) {
        o.put("truth", truth);
    }
}
