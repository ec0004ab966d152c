package gradcards.content;

import com.fasterxml.jackson.databind.JsonNode;
import gradcards.grade.Result;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence with blanks {{1}}, {{2}} …, each a typed answer; unordered blanks match as a set. */
public record Cloze(CardInfo info, List<AnswerSpec> blanks, boolean unordered) implements Card {
    public static final CardType TYPE = new CardType("cloze", Text.of("빈칸", "Cloze"), Answering.TYPED, Cloze::read, Cloze::read,
            new CardType.Example("""
                    {"id": "cloze-example", "type": "cloze", "facts": ["S01"], "topic": "cause", "subject": 4,
                     "prompt": {"ko": "시그모이드 도함수의 최댓값은 {{1}}이다.", "en": "The sigmoid's derivative peaks at {{1}}."},
                     "blanks": [{"accept": ["0.25", "1/4"]}],
                     "answer": {"ko": "0.25", "en": "0.25"},
                     "explanation": {"ko": "σ'(0) = 0.25", "en": "σ'(0) = 0.25"}}
                    """, "1/4", "0.5"));
    private static final Pattern BLANK = Pattern.compile("\\{\\{(\\d+)}}");

    private static Card read(DeckReader.Fields f, CardInfo info) {
        JsonNode n = f.node();
        String ptr = f.ptr();
        Text who = f.who();
        JsonNode b = n.get("blanks");
        List<AnswerSpec> blanks = new ArrayList<>();
        if (b == null || !b.isArray() || b.isEmpty()) {
            f.problem(ptr, "에 \"blanks\" 항목이 없습니다 (prompt의 {{n}}마다 답 객체를 하나씩 넣으세요)",
                    " has no \"blanks\" (add one answer object per {{n}} in the prompt)");
            return null;
        }
        for (int i = 0; i < b.size(); i++) {
            JsonNode blank = b.get(i);
            blanks.add(f.user() && blank.isTextual() ? DeckReader.Fields.userAnswer(Text.of(blank.asText(), blank.asText()))
                    : f.answer(blank, ptr + "/blanks/" + i, Text.of(who.ko() + "의 빈칸 " + (i + 1), who.en() + " blank " + (i + 1))));
        }
        if (info.prompt() != null) {
            checkBlanks(f, info.prompt().ko(), blanks.size(), Text.of("한국어", "Korean"));
            checkBlanks(f, info.prompt().en(), blanks.size(), Text.of("영어", "English"));
        }
        return new Cloze(info, blanks, n.path("unordered").asBoolean(false));
    }

    private static void checkBlanks(DeckReader.Fields f, String prompt, int count, Text language) {
        String ptr = f.ptr() + "/prompt";
        Matcher m = BLANK.matcher(prompt);
        List<Integer> seen = new ArrayList<>();
        while (m.find()) seen.add(Integer.parseInt(m.group(1)));
        for (int i = 1; i <= count; i++) {
            if (!seen.contains(i)) f.problem(ptr, ": " + language.ko() + " prompt에 빈칸 {{" + i
                    + "}} 표시가 없습니다 (prompt에 넣으세요)", ": the " + language.en() + " prompt lacks blank {{" + i + "}}");
        }
        if (seen.size() != count) {
            f.problem(ptr, ": " + language.ko() + " prompt의 빈칸은 " + seen.size() + "개인데 \"blanks\"에는 " + count
                    + "개가 있습니다 (수를 맞추세요)", ": the " + language.en() + " prompt has "
                    + gradcards.i18n.Counted.en(seen.size(), "blank") + " but \"blanks\" lists " + count);
        }
    }

    private static Card read(CardInfo info, ContentSnapshot.In in) throws IOException {
        int n = in.count();
        List<AnswerSpec> blanks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) blanks.add(in.answer());
        return new Cloze(info, List.copyOf(blanks), in.bool());
    }

    @Override
    public void writeSnapshot(ContentSnapshot.Out out) throws IOException {
        out.integer(blanks.size());
        for (AnswerSpec a : blanks) out.answer(a);
        out.bool(unordered);
    }

    @Override
    public Card withInfo(CardInfo info) {
        return new Cloze(info, blanks, unordered);
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
        return grading.grader().gradeCloze(input, blanks.stream().map(grading::key).toList(), unordered);
    }

    /** The blanks drawn as ( 1 ), ( 2 ) …. */
    @Override
    public String shownPrompt(Lang lang) {
        return info.prompt().in(lang).replaceAll("\\{\\{(\\d+)}}", "( $1 )");
    }
}
