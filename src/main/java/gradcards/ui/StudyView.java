package gradcards.ui;

import gradcards.i18n.Counted;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.grade.Verdict;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.render.Bars;
import gradcards.render.Cells;
import gradcards.render.Intervals;
import gradcards.render.RatingLabels;
import gradcards.render.Style;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.study.Outcome;
import gradcards.study.Presentation;
import gradcards.study.StudyQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the study screens as lines: header, question, answer, rating line. Pure: state in, lines out. */
public final class StudyView {
    private final Lang lang;
    private final int width;
    private final Style style;

    public StudyView(Lang lang, int width, Style style) {
        this.lang = lang;
        this.width = Math.max(40, width);
        this.style = style;
    }

    /** The top line: the cards left by kind, a bar of cards done, and "left N · done M" (cards, not answers). */
    public String header(StudyQueue q, Presentation current, int done) {
        gradcards.study.Source src = current == null ? null : current.entry().source();
        int fresh = q.newCount() + (src == gradcards.study.Source.NEW ? 1 : 0);
        int learning = q.learningCount() + (src == gradcards.study.Source.LEARNING ? 1 : 0);
        int review = q.reviewCount() + (src == gradcards.study.Source.REVIEW ? 1 : 0);
        String left = " " + lang.t("학습", "Study") + " · " + lang.t("새 ", "new ") + fresh + " · "
                + lang.t("학습 중 ", "learning ") + learning + " · " + lang.t("복습 ", "review ") + review;
        int cardsLeft = fresh + learning + review;
        String count = " " + lang.t("남은 카드 " + cardsLeft + " · 완료 " + done, cardsLeft + " left · " + done + " done");
        int barWidth = Math.max(5, Math.min(16, width - Cells.width(left) - Cells.width(count) - 4));
        String bar = Bars.share(done, done + cardsLeft, barWidth, s -> s);
        int gap = Math.max(2, width - Cells.width(left) - barWidth - Cells.width(count));
        return style.bold(left) + " ".repeat(gap) + style.accent(bar) + count;
    }

    public String rule() {
        return " " + style.dim("─".repeat(width - 2));
    }

    /** The question: a type line, the prompt, and the choices of a 4-choice card. */
    public List<String> question(Presentation p) {
        CardInfo i = p.card().info();
        List<String> out = new ArrayList<>();
        out.add("  " + style.dim(i.type().label().in(lang) + " · " + (i.subject() == 0 ? "" : CardInfo.subjectLabel(i.subject()).in(lang) + " · ")
                + i.topic().label().in(lang) + (i.lowPriority() ? lang.t(" · 참고", " · background") : "")));
        out.add("");
        for (String line : Cells.wrap(prompt(p), width - 4)) out.add("  " + line);
        List<Text> choices = p.shownChoices();
        if (!choices.isEmpty()) {
            out.add("");
            for (int k = 0; k < choices.size(); k++) {
                List<String> wrapped = Cells.wrap(choices.get(k).in(lang), width - 8);
                for (int j = 0; j < wrapped.size(); j++) out.add((j == 0 ? "   " + (k + 1) + ") " : "      ") + wrapped.get(j));
            }
        }
        return out;
    }

    /** The prompt text, with blanks drawn as ( 1 ) and a which-is-NOT-correct question's NOT set off. */
    private String prompt(Presentation p) {
        String s = p.card().shownPrompt(lang);
        if (p.card().askIncorrect()) {
            s = s.replace("옳지 않은", style.bold("[옳지 않은]")).replace("적절하지 않은", style.bold("[적절하지 않은]"))
                    .replace("NOT", style.bold("[NOT]"));
        }
        return s;
    }

    /** The feedback after an answer: verdict, correct answer, explanation, precise note, demo hint. */
    public List<String> answer(Presentation p, Outcome o, boolean demoAvailable) {
        List<String> out = new ArrayList<>();
        addWrapped(out, verdictLine(p, o), "  ", "    ");
        if (o.feedback() != null) {
            out.remove(out.size() - 1);
            addWrapped(out, style.dim("▸ " + o.feedback().in(lang)), "  ", "    ");
        }
        CardInfo i = p.card().info();
        if (p.card().showsAnswerText()) addWrapped(out, i.answer().in(lang), "  ", "  ");
        addWrapped(out, i.explanation().in(lang), "  ", "  ");
        if (i.precise() != null) {
            addWrapped(out, lang.t("▸ 정확히는: ", "▸ Precisely: ") + i.precise().in(lang), "  ", "    ");
        }
        if (i.demo() != null) {
            out.add("  " + style.dim(lang.t("▸ 데모 " + i.demo() + (demoAvailable ? " — d 키로 측정 보기" : ""),
                    "▸ Demo " + i.demo() + (demoAvailable ? " — press d to measure it" : ""))));
        }
        return out;
    }

    private String verdictLine(Presentation p, Outcome o) {
        String key = keyText(p);
        if (p.card().revealOnly()) return style.bold(lang.t("정답", "Answer"));
        if (o.verdict() == Verdict.CORRECT) return style.good("✔ " + lang.t("정답", "Correct")) + " " + key;
        if (o.verdict() == Verdict.CORRECT_TYPO) {
            return style.good("✔ " + lang.t("정답 (철자 주의)", "Correct — check the spelling")) + " " + key;
        }
        String given = o.given().isBlank() ? lang.t("(빈 답)", "(blank)") : o.given();
        // an O/X answer typed as ㅐ, T, 참 … is echoed as what it means: a wrong one is the opposite of the truth
        given = p.card().wrongGiven(given);
        return style.bad("✘ " + lang.t("오답", "Wrong")) + lang.t(" — 입력: ", " — you gave: ") + given
                + (key.isEmpty() ? "" : lang.t(" · 정답 ", " · answer ") + key);
    }

    /** The key as the verdict line names it: a choice's shown number and text, O or X; nothing for typed answers. */
    private String keyText(Presentation p) {
        return p.card().verdictKey(p.displayedKey(), lang);
    }

    /** The rating line: each rating with its interval; the default one highlighted; only Again after a wrong answer. */
    public String ratings(Map<Rating, Review> preview, Outcome o, Instant now) {
        List<String> parts = new ArrayList<>();
        for (Rating r : Rating.values()) {
            if (!o.allows(r)) continue;
            Duration d = Duration.between(now, preview.get(r).after().due());
            String label = r.value() + " " + RatingLabels.name(r, lang) + " " + Intervals.format(d, lang);
            parts.add(r == o.defaultRating() ? style.reverse("[" + label + "]") : label);
        }
        return "  " + String.join(" · ", parts);
    }

    /** The footer under the ratings: only the keys that rate (after a wrong answer, Enter or 1 for Again). */
    public String ratingFooter(Outcome o, boolean demo) {
        boolean onlyAgain = !o.allows(Rating.HARD) && !o.allows(Rating.GOOD) && !o.allows(Rating.EASY);
        String keys = onlyAgain ? lang.t("Enter 기본 평가 (1 다시)", "Enter default rating (1 Again)")
                : lang.t("Enter 기본 평가 · 1–4 평가", "Enter default rating · 1–4 rate");
        return "  " + style.dim(keys + (demo ? lang.t(" · d 데모", " · d demo") : "")
                + lang.t(" · u 되돌리기 · q 끝내기 · ? 도움말", " · u undo · q quit · ? help"));
    }

    /** The footer of keys for the current phase of a study session. */
    public String footer(boolean question, Card card, boolean demo) {
        String keys = question ? answerKeys(card) : lang.t("Enter 기본 평가 · 1–4 평가", "Enter default rating · 1–4 rate")
                + (demo ? lang.t(" · d 데모", " · d demo") : "");
        return "  " + style.dim(keys + lang.t(" · u 되돌리기 · q 끝내기 · ? 도움말", " · u undo · q quit · ? help"));
    }

    /** How to answer a card of this type ("1–4 choose", "O/X answer", …), for the study and the quiz footers. */
    public String answerKeys(Card card) {
        return card.answering().keys().in(lang);
    }

    /** The help screen lines. */
    public List<String> help() {
        List<String> out = new ArrayList<>();
        out.add("  " + style.bold(lang.t("도움말", "Help")));
        out.add("");
        String[][] rows = {
            {"Space / Enter", lang.t("플래시카드 답 보기 · 기본 평가 선택", "reveal a flashcard · take the default rating")},
            {"1–4", lang.t("4지선다 선택 · 평가 (1 다시 2 어려움 3 알맞음 4 쉬움)", "choose an option · rate (1 Again 2 Hard 3 Good 4 Easy)")},
            {"O / X", lang.t("O/X 문제 답하기", "answer a true/false card")},
            {"u", lang.t("마지막 답 되돌리기", "undo the last answer")},
            {"d", lang.t("카드의 데모 실행 (답을 본 뒤)", "run the card's demo (after the answer)")},
            {"s", lang.t("이 카드 중지 (풀 때까지 안 나옴)", "suspend this card (hidden until unsuspended)")},
            {"b", lang.t("이 카드를 내일까지 묻어 두기", "bury this card until tomorrow")},
            {"!", lang.t("표시하기·지우기 (나중에 확인할 의문)", "flag or unflag it (a doubt to check later)")},
            {"q, Ctrl-D", lang.t("끝내기 (답한 것은 모두 저장됨)", "quit (every answer is already saved)")},
            {lang.t("빈 줄에서 Enter", "Enter on empty"), lang.t("답 입력 칸: 이어서 Enter 모름(오답) · q · u · ?",
                    "typed answer: then Enter don't know (wrong) · q · u · ?")},
        };
        for (String[] r : rows) out.add("  " + Cells.padRight(r[0], 16) + r[1]);
        out.add("");
        for (String l : Cells.wrap(lang.t("빈칸이 여러 개면 쉼표(,)로 구분해 입력합니다. 오답은 '다시'로 평가됩니다. "
                + "답 입력 칸에 입력한 글자는 모두 답으로 채점됩니다 (q, 종료, help도). 명령은 빈 줄에서 Enter를 누른 뒤의 "
                + "키, 또는 Ctrl-C · Ctrl-D(빈 줄)입니다. 표준 입력이 터미널이 아니면(스크립트) q, u, ? 한 줄이 명령입니다. "
                + "한글 자판 그대로: ㅂ 끝내기 · ㅕ 되돌리기 · ㅇ 데모 · ㄴ 중지 · ㅠ 묻기. u는 중지·묻기·표시도 되돌립니다.",
                "For several blanks, separate the answers with commas. A wrong answer is rated Again. Whatever you type "
                + "as a typed answer is graded (q, quit and help too); commands there are keys after Enter on an empty "
                + "line, or Ctrl-C and Ctrl-D (on an empty line). When standard input is not a terminal (scripts), the "
                + "lines q, u and ? are commands. With the Korean layout on: ㅂ quit · ㅕ undo · ㅇ demo · ㄴ suspend · "
                + "ㅠ bury. u also undoes a suspend, bury or flag."), width - 4)) {
            out.add("  " + l);
        }
        return out;
    }

    /** The screen shown once when a card becomes a leech: what happened, its precise note and demo, what to do. */
    public List<String> leech(gradcards.study.StudySession.Leech l) {
        CardInfo i = l.card().info();
        List<String> out = new ArrayList<>();
        out.add("  " + style.bold(lang.t("⚠ 거머리 카드: " + l.lapses() + "번 잊었습니다", "⚠ Leech: forgotten "
                + Counted.en(l.lapses(), "time"))));
        out.add("  " + style.dim(Cells.truncate(i.id() + " · " + i.prompt().in(lang).replaceAll("\\{\\{(\\d+)}}", "( $1 )"), width - 4)));
        out.add("");
        addWrapped(out, lang.t("외우기만 해서는 잘 남지 않는 카드입니다. 왜 그런지 이해하면 남습니다:",
                "Rote repetition is not making this one stick; understanding why will:"), "  ", "  ");
        if (i.precise() != null) addWrapped(out, lang.t("▸ 정확히는: ", "▸ Precisely: ") + i.precise().in(lang), "  ", "    ");
        if (i.demo() != null) {
            addWrapped(out, lang.t("▸ 데모 " + Counted.Particle.SUBJECT.after(i.demo()) + " 직접 측정해 보여 줍니다: gradcards demo run " + i.demo(),
                    "▸ Demo " + i.demo() + " measures it: gradcards demo run " + i.demo()), "  ", "    ");
        }
        if (i.precise() == null && i.demo() == null) {
            addWrapped(out, lang.t("▸ 해설: ", "▸ Why: ") + i.explanation().in(lang), "  ", "    ");
        }
        addWrapped(out, l.suspended()
                ? lang.t("leech-action이 suspend라 카드를 중지했습니다 ('gradcards unsuspend " + i.id() + "'로 풀기).",
                        "leech-action is suspend, so the card is now suspended ('gradcards unsuspend " + i.id() + "').")
                : lang.t("카드는 복습에 그대로 남습니다. 'gradcards cards --leech'로 거머리 카드를 모두 봅니다.",
                        "The card stays in your reviews. 'gradcards cards --leech' lists every leech."), "  ", "  ");
        return out;
    }

    private void addWrapped(List<String> out, String text, String first, String rest) {
        List<String> lines = Cells.wrap(text, width - Cells.width(first) - 1);
        for (int j = 0; j < lines.size(); j++) out.add((j == 0 ? first : rest) + lines.get(j));
        out.add("");
    }

    /** A text in the session language. */
    public String t(Text t) {
        return t.in(lang);
    }
}
