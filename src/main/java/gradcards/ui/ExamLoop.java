package gradcards.ui;

import gradcards.i18n.Counted;
import gradcards.exam.ExamResult;
import gradcards.exam.MockExam;
import gradcards.i18n.Lang;
import gradcards.render.ExamView;
import gradcards.render.Style;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Runs a mock exam on a Console. In a terminal: a ticking countdown, moving between questions, flagging, changing
 * answers until a confirmed submit, automatic submit when time runs out. Scripted (plain lines): one line per
 * question in order (1–4, or empty to leave it blank); the end of input submits. Then the result and a walk-through.
 */
public final class ExamLoop {
    /** What the learner ended with: the scored paper and whether the time ran out. */
    public record Ending(ExamResult result, boolean timedOut) {
    }

    private final MockExam exam;
    private final Console console;
    private final Clock clock;
    private final Lang lang;
    private final Style style;
    private final BiFunction<String, Integer, List<String>> demo;
    private boolean timedOut;

    public ExamLoop(MockExam exam, Console console, Clock clock, Lang lang, Style style,
                    BiFunction<String, Integer, List<String>> demo) {
        this.exam = exam;
        this.console = console;
        this.clock = clock;
        this.lang = lang;
        this.style = style;
        this.demo = demo;
    }

    /** Takes the exam to its submission; the caller saves the result, then calls review. */
    public Ending sit() {
        if (console.redraws()) interactive();
        else scripted();
        if (!exam.submitted()) exam.submit(clock.instant());
        return new Ending(exam.result(), timedOut);
    }

    /** Shows the result and walks through every question with its explanation (d runs the card's demo). */
    public void review(Ending e) {
        ExamView view = view();
        List<String> result = new ArrayList<>(view.result(e.result(), e.timedOut()));
        result.add(view.rule());
        console.show(result);
        List<ExamResult.Row> rows = e.result().rows();
        String in = console.read(Console.Input.KEY, lang.t("  Enter로 문제마다 해설 보기 · q 끝",
                "  Enter to walk through every question · q to finish"));
        for (int i = 0; i < rows.size() && in != null && Keys.command(in) != Keys.Command.QUIT; ) {
            ExamResult.Row row = rows.get(i);
            String demoId = row.question().card().info().demo();
            boolean canDemo = demoId != null && demo != null;
            console.show(view.review(row, i, rows.size()), 1); // a long explanation scrolls under its header
            in = console.read(Console.Input.KEY, lang.t("  Enter 다음 · p 이전 · q 끝", "  Enter next · p previous · q finish")
                    + (canDemo ? lang.t(" · d 데모 " + demoId, " · d demo " + demoId) : ""));
            if (in == null || Console.RESIZED.equals(in)) continue;
            if (canDemo && Keys.command(in) == Keys.Command.DEMO) {
                console.show(demo.apply(demoId, console.width()));
                in = console.read(Console.Input.KEY, lang.t("  Enter 돌아가기", "  Enter to go back"));
                continue;
            }
            String k = in.strip().toLowerCase(Locale.ROOT);
            if (k.equals("p") || k.equals("ㅔ")) i = Math.max(0, i - 1);
            else i++;
        }
    }

    private ExamView view() {
        return new ExamView(lang, style, console.width());
    }

    private void interactive() {
        while (!exam.submitted()) {
            Instant now = clock.instant();
            if (exam.timeUp(now)) {
                timedOut = true;
                exam.submit(now);
                return;
            }
            console.show(view().question(exam, exam.remaining(now)), ExamView.QUESTION_FOOTER); // the clock ticks in the footer
            String in = console.readKey(view().keys(), 1000);
            if (Console.TICK.equals(in) || Console.RESIZED.equals(in)) continue;
            if (in == null) {
                exam.submit(clock.instant());
                return;
            }
            key(in.strip().toLowerCase(Locale.ROOT));
        }
    }

    private void key(String k) {
        switch (k) {
            case "1": case "2": case "3": case "4": exam.choose(Integer.parseInt(k)); return;
            case "": case "n": case "ㅜ": case "l": case "ㅣ": if (!exam.next()) console.notice(lang.t("마지막 문제입니다 (s 제출)",
                    "this is the last question (s to submit)")); return;
            case "p": case "ㅔ": case "h": case "ㅗ": exam.previous(); return;
            case "f": case "ㄹ": exam.toggleFlag(); return;
            case "x": case "ㅌ": exam.clear(); return;
            case "g": case "ㅎ": jump(); return;
            case "s": case "ㄴ": case "q": case "ㅂ": confirm(); return;
            default: console.notice(lang.t("'" + k + "': 1–4 답 · n 다음 · p 이전 · g 번호 · f 표시 · x 지우기 · s 제출",
                    "'" + k + "': 1–4 answer · n next · p previous · g go to · f flag · x clear · s submit"));
        }
    }

    private void jump() {
        String line = console.read(Console.Input.LINE, lang.t("문제 번호 (1–" + exam.size() + "): ",
                "question number (1–" + exam.size() + "): "));
        if (line == null) return;
        String t = line.strip();
        if (!t.matches("[0-9]{1,4}") || !exam.jump(Integer.parseInt(t))) {
            console.notice(lang.t("'" + t + "'번 문제는 없습니다 (1–" + exam.size() + ")",
                    "there is no question '" + t + "' (1–" + exam.size() + ")"));
        }
    }

    private void confirm() {
        long left = exam.remaining(clock.instant()).toMillis();
        String in = console.readKey(view().confirm(exam), left);
        if (Console.TICK.equals(in)) return; // time ran out while asking: the loop submits
        if (in == null || in.strip().equalsIgnoreCase("y") || in.strip().equals("ㅛ")) exam.submit(clock.instant());
    }

    private void scripted() {
        for (int i = 0; i < exam.size(); i++) {
            exam.jump(i + 1);
            Instant now = clock.instant();
            if (exam.timeUp(now)) {
                timedOut = true;
                exam.submit(now);
                return;
            }
            console.show(view().question(exam, exam.remaining(now)));
            while (true) {
                String line = console.read(Console.Input.LINE, lang.t("  답 1–4 (빈 줄: 비워 두기) > ",
                        "  answer 1–4 (empty line: leave blank) > "));
                if (line == null) return; // end of input submits
                String t = line.strip();
                if (t.isEmpty()) break;
                if (t.matches("[1-4]")) {
                    exam.choose(Integer.parseInt(t));
                    break;
                }
                console.notice(lang.t(Counted.Particle.TOPIC.after("'" + t + "'") + " 답이 아닙니다: 1–4 또는 빈 줄", "'" + t + "' is not an answer: 1–4 or an empty line"));
            }
        }
    }
}
