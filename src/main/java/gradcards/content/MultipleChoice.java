package gradcards.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.grade.Result;
import gradcards.grade.Verdict;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A 4-choice item: four choices, one key (1-based, in file order); polarity "incorrect" asks for the statement that
 * is NOT correct. The mock written exam draws these.
 */
public record MultipleChoice(CardInfo info, boolean askIncorrect, List<Text> choices, int key) implements Card {
    public static final CardType TYPE = new CardType("mcq", Text.of("4지선다", "4-choice"), Answering.CHOICE, MultipleChoice::read,
            MultipleChoice::read, new CardType.Example("""
                    {"id": "mcq-example", "type": "mcq", "facts": ["S01"], "topic": "remedy", "subject": 4,
                     "polarity": "correct",
                     "prompt": {"ko": "기울기 소실을 줄이는 활성화 함수는?", "en": "Which activation eases vanishing gradients?"},
                     "choices": [{"ko": "시그모이드", "en": "sigmoid"}, {"ko": "ReLU", "en": "ReLU"},
                                 {"ko": "계단 함수", "en": "step"}, {"ko": "tanh", "en": "tanh"}],
                     "key": 2,
                     "answer": {"ko": "ReLU", "en": "ReLU"},
                     "explanation": {"ko": "양수 구간의 기울기가 1이다.", "en": "Its slope is 1 for positive inputs."}}
                    """, "2", "1"));

    private static Card read(DeckReader.Fields f, CardInfo info) {
        JsonNode n = f.node();
        String ptr = f.ptr();
        String polarity = n.path("polarity").asText("");
        if (!polarity.equals("correct") && !polarity.equals("incorrect")) {
            f.problem(ptr + "/polarity", "에 \"polarity\": \"correct\" 또는 \"incorrect\"가 필요합니다"
                    + " (incorrect: 옳지 않은 것을 고르는 문제)",
                    " needs \"polarity\": \"correct\" or \"incorrect\" (which is NOT correct)");
        }
        JsonNode ch = n.get("choices");
        List<Text> choices = new ArrayList<>();
        if (ch == null || !ch.isArray() || ch.size() != 4) {
            int count = ch == null || !ch.isArray() ? 0 : ch.size();
            f.problem(ptr + (ch == null ? "" : "/choices"), "의 보기(choices)가 " + count
                    + "개입니다 (4지선다(mcq)는 보기가 꼭 4개여야 합니다)", " has " + count + " choices (an mcq needs exactly 4)");
        } else {
            for (int i = 0; i < 4; i++) {
                choices.add(f.bilingual(ch.get(i), ptr + "/choices/" + i, Text.of("보기 " + (i + 1), "choice " + (i + 1)),
                        "choice " + (i + 1)));
            }
        }
        int key = n.path("key").asInt(0);
        if (key < 1 || key > 4 || !n.path("key").isInt()) {
            f.problem(ptr + (n.has("key") ? "/key" : ""), "의 key가 " + n.path("key").asText("없음")
                    + "입니다 (key는 정답 보기의 위치 1–4)", " has key " + n.path("key").asText("none")
                    + " (the key is the answer's position 1–4)");
        }
        return new MultipleChoice(info, polarity.equals("incorrect"), choices, key);
    }

    private static Card read(CardInfo info, ContentSnapshot.In in) throws IOException {
        boolean askIncorrect = in.bool();
        int n = in.count();
        List<Text> choices = new ArrayList<>(n);
        for (int k = 0; k < n; k++) choices.add(in.text());
        return new MultipleChoice(info, askIncorrect, List.copyOf(choices), in.integer());
    }

    @Override
    public void writeSnapshot(ContentSnapshot.Out out) throws IOException {
        out.bool(askIncorrect);
        out.integer(choices.size());
        for (Text t : choices) out.text(t);
        out.integer(key);
    }

    @Override
    public Card withInfo(CardInfo info) {
        return new MultipleChoice(info, askIncorrect, choices, key);
    }

    @Override
    public Answering answering() {
        return TYPE.answering();
    }

    @Override
    public double guessChance() {
        return 0.25;
    }

    @Override
    public boolean onWrittenExam() {
        return true;
    }

    /** Right when the option chosen (1–4 as shown) is where the key was shown. */
    @Override
    public Result grade(String input, Grading grading) {
        Result r = grading.grader().gradeChoice(input, 4);
        if (r.verdict() == Verdict.INVALID) return new Result(Verdict.INVALID, "", List.of(), 0, "", null);
        boolean right = r.chosen() == grading.displayedKey();
        return new Result(right ? Verdict.CORRECT : Verdict.WRONG, "", List.of(), r.chosen(), "", null);
    }

    @Override
    public String storedAnswer(String given, boolean correct, int[] order) {
        try {
            return StoredChoice.of(order, Integer.parseInt(given.trim()));
        } catch (NumberFormatException e) {
            return "";
        }
    }

    @Override
    public String verdictKey(int displayedKey, Lang lang) {
        return displayedKey + ") " + choices.get(key - 1).in(lang);
    }

    /** The verdict line names the key's choice, so the answer text is not repeated under it. */
    @Override
    public boolean showsAnswerText() {
        return false;
    }

    @Override
    public String frontText(boolean korean) {
        StringBuilder b = new StringBuilder(Card.pick(info.prompt(), korean));
        for (int k = 0; k < choices.size(); k++) b.append('\n').append(k + 1).append(") ").append(Card.pick(choices.get(k), korean));
        return b.toString();
    }

    @Override
    public String backText(boolean korean) {
        String a = Card.pick(info.answer(), korean);
        if (key < 1 || key > choices.size()) return a;
        String keyText = key + ") " + Card.pick(choices.get(key - 1), korean);
        return a.equals(Card.pick(choices.get(key - 1), korean)) ? keyText : keyText + "\n" + a;
    }

    @Override
    public void exportJson(ObjectNode o) {
        ArrayNode array = o.putArray("choices");
        for (Text t : choices) array.addObject().put("ko", t.ko()).put("en", t.en());
        o.put("key", key);
    }
}
