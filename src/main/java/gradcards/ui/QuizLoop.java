package gradcards.ui;

import gradcards.i18n.Counted;
import gradcards.content.Card;
import gradcards.grade.Verdict;
import gradcards.i18n.Lang;
import gradcards.render.Style;
import gradcards.study.Outcome;
import gradcards.study.Quiz;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Runs a quiz on a Console: every question without feedback, then the result and a review of the wrong answers. */
public final class QuizLoop {
    private final Quiz quiz;
    private final Console console;
    private final Clock clock;
    private final Lang lang;
    private final Style style;
    private final BiFunction<String, Integer, List<String>> demo;
    private boolean askAgain;
    private List<String> result = List.of();
    private Duration took = Duration.ZERO;

    public QuizLoop(Quiz quiz, Console console, Clock clock, Lang lang, Style style,
                    BiFunction<String, Integer, List<String>> demo) {
        this.quiz = quiz;
        this.console = console;
        this.clock = clock;
        this.lang = lang;
        this.style = style;
        this.demo = demo;
    }

    /** Runs the quiz; returns false when the learner left before the end. */
    public boolean run() {
        long start = System.nanoTime();
        while (!quiz.done()) {
            if (!ask()) return false;
        }
        took = Duration.ofNanos(System.nanoTime() - start);
        result = new QuizView(lang, style, console.width()).result(quiz, took);
        console.show(result);
        reviewWrong();
        return true;
    }

    /** The result screen's lines once the quiz is over (empty before): the caller prints them after a full screen closes. */
    public List<String> resultLines() {
        return result;
    }

    /** How long the questions took. */
    public Duration took() {
        return took;
    }

    private boolean ask() {
        StudyView view = new StudyView(lang, console.width(), style);
        Card card = quiz.current().card();
        List<String> screen = new ArrayList<>();
        screen.add(new QuizView(lang, style, console.width()).header(quiz.answered().size(), quiz.size()));
        screen.add(view.rule());
        screen.addAll(view.question(quiz.current()));
        screen.add("");
        String hint = new QuizView(lang, style, console.width()).footer(view.answerKeys(card));
        if (console.redraws()) {
            // the keys stay under a rule while a question taller than the window scrolls; the answer is typed below
            screen.add(view.rule());
            screen.add(card.typed() ? "  " + style.dim(TypedAnswerPrompt.terminalFooter(lang, false)) : hint);
        }
        if (!askAgain || console.redraws()) console.show(screen, console.redraws() ? 2 : 0);
        askAgain = false;
        boolean typed = card.typed();
        long shown = System.nanoTime();
        String in;
        if (typed) {
            TypedAnswerPrompt.Reply r = new TypedAnswerPrompt(console, lang, false)
                    .read(console.redraws() ? "  > " : hint);
            if (r.quit()) return false;
            if (r.answer() == null) return true;
            in = r.answer();
        } else {
            in = console.read(Console.Input.KEY, console.redraws() ? "  > " : hint);
            if (in == null || Keys.command(in) == Keys.Command.QUIT) return false;
            if (Console.RESIZED.equals(in)) return true;
        }
        Outcome o = quiz.answer(in, clock.instant(), (System.nanoTime() - shown) / 1_000_000);
        if (o.verdict() == Verdict.INVALID) {
            askAgain = true;
            console.notice(lang.t(Counted.Particle.TOPIC.after("'" + in + "'") + " 이 문제의 답 형식이 아닙니다", "'" + in + "' is not an answer to this question"));
        }
        return true;
    }

    private void reviewWrong() {
        List<Quiz.Answered> wrong = quiz.wrong();
        String prompt = wrong.isEmpty() ? lang.t("  모두 맞혔습니다 · Enter 끝", "  All right · Enter to finish")
                : lang.t("  틀린 문제 " + wrong.size() + "개 — Enter로 하나씩 다시 보기 · q 끝",
                        "  " + Counted.en(wrong.size(), "wrong answer") + " — Enter to go through them · q to finish");
        String in = console.read(Console.Input.KEY, prompt);
        for (int i = 0; i < wrong.size() && in != null && Keys.command(in) != Keys.Command.QUIT; i++) {
            in = showWrong(wrong.get(i), i, wrong.size());
        }
    }

    private String showWrong(Quiz.Answered a, int i, int n) {
        StudyView view = new StudyView(lang, console.width(), style);
        List<String> screen = new ArrayList<>();
        screen.add(" " + style.bold(lang.t("틀린 문제 ", "Wrong ") + (i + 1) + "/" + n));
        screen.add(view.rule());
        screen.addAll(view.question(a.shown()));
        screen.add("");
        String demoId = a.shown().card().info().demo();
        boolean canDemo = demoId != null && demo != null;
        screen.addAll(view.answer(a.shown(), a.outcome(), canDemo));
        String hint = lang.t("  Enter 다음 · q 끝", "  Enter next · q finish") + (canDemo ? lang.t(" · d 데모", " · d demo") : "");
        if (console.redraws()) {
            // a long item scrolls (↑/↓, j/k, PgUp/PgDn) with the rule and the keys kept at the bottom, as in study
            screen.add(view.rule());
            screen.add("  " + style.dim(hint.strip()));
        }
        console.show(screen, console.redraws() ? 2 : 0);
        String in = console.read(Console.Input.KEY, console.redraws() ? "  > " : hint);
        if (in != null && canDemo && Keys.command(in) == Keys.Command.DEMO) {
            console.show(demo.apply(demoId, console.width()));
            in = console.read(Console.Input.KEY, lang.t("  Enter 다음", "  Enter next"));
        }
        return in;
    }
}
