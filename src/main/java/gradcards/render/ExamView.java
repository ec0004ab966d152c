package gradcards.render;

import gradcards.content.CardInfo;
import gradcards.exam.ExamQuestion;
import gradcards.exam.ExamResult;
import gradcards.exam.MockExam;
import gradcards.i18n.Lang;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mock exam's screens as lines: a question with the countdown, the result, and one question of the walk-through. */
public final class ExamView {
    private final Lang lang;
    private final Style style;
    private final int width;

    public ExamView(Lang lang, Style style, int width) {
        this.lang = lang;
        this.style = style;
        this.width = Math.max(40, width);
    }

    /** "28:41", or "1:02:03" from an hour up. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** "12분 31초" / "12m 31s". */
    public String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return lang.t((s >= 60 ? s / 60 + "분 " : "") + s % 60 + "초", (s >= 60 ? s / 60 + "m " : "") + s % 60 + "s");
    }

    public String rule() {
        return " " + style.dim("─".repeat(width - 2));
    }

    /** Lines at the end of a question screen that stay put while its body scrolls: the rule and the status line. */
    public static final int QUESTION_FOOTER = 2;

    /**
     * The question on screen: header with position, answered count and flags; the choices, the chosen one marked; then
     * the footer (QUESTION_FOOTER lines: a rule and the strip of every question with the time left), which stays on
     * screen while a long question scrolls and alone changes as the clock ticks.
     */
    public List<String> question(MockExam exam, Duration left) {
        List<String> out = new ArrayList<>();
        int i = exam.cursor();
        out.add(" " + style.bold(lang.t("모의고사", "Mock exam")) + " · " + lang.t("문제 ", "question ") + (i + 1) + "/"
                + exam.size() + " · " + lang.t("답함 ", "answered ") + exam.answeredCount()
                + (exam.flaggedNumbers().isEmpty() ? "" : " · ⚑ " + exam.flaggedNumbers().size()));
        out.add(rule());
        ExamQuestion q = exam.current();
        CardInfo info = q.card().info();
        out.add("  " + style.dim(lang.t(info.subject() + "과목", "subject " + info.subject()) + " · "
                + info.topic().label().in(lang)) + (exam.flagged(i) ? "  " + style.accent(lang.t("⚑ 표시함", "⚑ flagged")) : ""));
        out.add("");
        for (String l : Cells.wrap(prompt(q), width - 4)) out.add("  " + l);
        out.add("");
        for (int k = 0; k < 4; k++) {
            boolean chosen = exam.answer(i) == k + 1;
            List<String> wrapped = Cells.wrap(q.card().choices().get(q.order()[k]).in(lang), width - 9);
            for (int j = 0; j < wrapped.size(); j++) {
                String lead = j > 0 ? "       " : (chosen ? "  ▶ " : "    ") + (k + 1) + ") ";
                String line = lead + wrapped.get(j);
                out.add(chosen ? style.accent(line) : line);
            }
        }
        out.add(rule());
        String time = "⏱ " + clock(left);
        String strip = "  " + style.dim(strip(exam));
        out.add(strip + " ".repeat(Math.max(2, width - Cells.width(Style.strip(strip)) - Cells.width(time)))
                + (left.toSeconds() < 60 ? style.bad(time) : time));
        return out;
    }

    /** A strip of every question number: the answered ones filled, flagged ones marked, the current one bracketed. */
    private String strip(MockExam exam) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < exam.size(); i++) {
            String mark = exam.flagged(i) ? "⚑" : exam.answer(i) != 0 ? "●" : "○";
            sb.append(i == exam.cursor() ? "[" + mark + "]" : mark);
        }
        return sb.toString();
    }

    /** The footer line of keys during the exam. */
    public String keys() {
        return lang.t("  1–4 답 · n 다음 · p 이전 · g 번호로 · f 표시 · x 지우기 · s 제출",
                "  1–4 answer · n next · p previous · g go to · f flag · x clear · s submit");
    }

    /** The confirmation before submitting: blanks and flags named. */
    public String confirm(MockExam exam) {
        List<Integer> blanks = exam.blanks();
        String b = blanks.isEmpty() ? "" : lang.t(" · 빈 답 " + blanks.size() + "개 " + numbers(blanks),
                " · " + blanks.size() + " blank " + numbers(blanks));
        String f = exam.flaggedNumbers().isEmpty() ? "" : lang.t(" · 표시 " + numbers(exam.flaggedNumbers()),
                " · flagged " + numbers(exam.flaggedNumbers()));
        return lang.t("  제출할까요? y 제출 · 다른 키 계속", "  Submit? y submit · any other key to go on") + b + f;
    }

    private static String numbers(List<Integer> ns) {
        List<String> s = ns.stream().limit(8).map(String::valueOf).toList();
        return "(" + String.join(",", s) + (ns.size() > 8 ? ",…" : "") + ")";
    }

    /** The result: score, pass or fail by the exam's rule, time used, per subject. */
    public List<String> result(ExamResult r, boolean timedOut) {
        List<String> out = new ArrayList<>();
        String verdict = r.pass() ? style.good(lang.t("✔ 합격", "✔ pass")) : style.bad(lang.t("✘ 불합격", "✘ fail"));
        out.add(" " + style.bold(lang.t("모의고사 결과", "Mock exam result")) + "   " + r.score() + " / " + r.total()
                + "  (" + Math.round(100.0 * r.score() / Math.max(1, r.total())) + "%)   " + verdict);
        out.add(rule());
        for (Map.Entry<Integer, ExamResult.Part> e : r.subjects().entrySet()) {
            ExamResult.Part p = e.getValue();
            String label = Cells.padRight(lang.t(e.getKey() + "과목", "subject " + e.getKey()), 11);
            String mark = p.fraction() < ExamResult.PASS_SUBJECT ? style.bad(lang.t(" 과락(40% 미만)", " below 40 %")) : "";
            out.add("  " + label + Bars.eighths(p.fraction(), 20) + "  " + Cells.padLeft(p.score() + "/" + p.total(), 6)
                    + "  " + Cells.padLeft(Math.round(100 * p.fraction()) + "%", 4) + mark);
        }
        out.add("  " + Cells.padRight(lang.t("평균", "average"), 11) + Bars.eighths(r.average(), 20) + "  "
                + Cells.padLeft(Math.round(100 * r.average()) + "%", 12));
        out.add("  " + style.dim(lang.t("합격 기준: 과목마다 40% 이상, 평균 60% 이상", "pass rule: every subject ≥ 40 %, average ≥ 60 %")));
        out.add("  " + lang.t("걸린 시간 ", "time used ") + duration(r.used()) + " / " + duration(r.limit())
                + (timedOut ? style.bad(lang.t(" · 시간 종료로 자동 제출", " · submitted when time ran out")) : ""));
        long blank = r.rows().stream().filter(row -> row.given() == null).count();
        if (blank > 0) out.add("  " + lang.t("빈 답 " + blank + "개 (오답 처리)", blank + " left blank (counted wrong)"));
        return out;
    }

    /** One question of the walk-through: what was given, the key, the explanation and the precise note; a rule last (the footer kept while it scrolls). */
    public List<String> review(ExamResult.Row row, int i, int n) {
        List<String> out = new ArrayList<>();
        String mark = row.correct() ? style.good(lang.t("✔ 정답", "✔ right")) : style.bad(lang.t("✘ 오답", "✘ wrong"));
        out.add(" " + style.bold(lang.t("다시 보기 ", "Walk-through ") + (i + 1) + "/" + n) + "   " + mark);
        out.add(rule());
        ExamQuestion q = row.question();
        for (String l : Cells.wrap(prompt(q), width - 4)) out.add("  " + l);
        out.add("");
        for (int k = 0; k < 4; k++) {
            String tag = k + 1 == row.correctChoice() ? " ✔" : row.given() != null && row.given() == k + 1 ? " ✘" : "  ";
            List<String> wrapped = Cells.wrap(q.card().choices().get(q.order()[k]).in(lang), width - 10);
            for (int j = 0; j < wrapped.size(); j++) {
                String line = (j == 0 ? tag + "  " + (k + 1) + ") " : "        ") + wrapped.get(j);
                out.add(k + 1 == row.correctChoice() ? style.good(line) : line);
            }
        }
        out.add("");
        out.add("  " + (row.given() == null ? lang.t("답하지 않음", "left blank") : lang.t("고른 답 ", "you chose ") + row.given())
                + " · " + lang.t("정답 ", "answer ") + row.correctChoice());
        CardInfo info = q.card().info();
        for (String l : Cells.wrap(info.explanation().in(lang), width - 4)) out.add("  " + l);
        if (info.precise() != null) {
            List<String> w = Cells.wrap(lang.t("▸ 정확히는: ", "▸ Precisely: ") + info.precise().in(lang), width - 6);
            for (int j = 0; j < w.size(); j++) out.add((j == 0 ? "  " : "    ") + style.dim(w.get(j)));
        }
        out.add(rule());
        return out;
    }

    private String prompt(ExamQuestion q) {
        String s = q.card().info().prompt().in(lang);
        if (q.card().askIncorrect()) {
            s = s.replace("옳지 않은", style.bold("[옳지 않은]")).replace("적절하지 않은", style.bold("[적절하지 않은]"))
                    .replace("NOT", style.bold("[NOT]"));
        }
        return s;
    }
}
