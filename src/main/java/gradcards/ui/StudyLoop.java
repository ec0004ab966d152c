package gradcards.ui;

import gradcards.i18n.Counted;
import gradcards.content.Card;
import gradcards.grade.Verdict;
import gradcards.i18n.Lang;
import gradcards.render.Style;
import gradcards.srs.Rating;
import gradcards.study.Outcome;
import gradcards.study.StudySession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Drives a study session from a Console: keys and lines become session calls; screens come from StudyView. */
public final class StudyLoop {
    private final StudySession session;
    private final Console console;
    private final Clock clock;
    private final Lang lang;
    private final Style style;
    private final BiFunction<String, Integer, List<String>> demo;
    private StudyView view;
    private long shownAt = System.nanoTime();
    /** Set after an invalid input: a plain console then asks again without reprinting the screen. */
    private boolean askAgain;

    /** demo maps (demo id, width) to the lines of its chart and verdict; null when demos are not available. */
    public StudyLoop(StudySession session, Console console, Clock clock, Lang lang, Style style,
                     BiFunction<String, Integer, List<String>> demo) {
        this.session = session;
        this.console = console;
        this.clock = clock;
        this.lang = lang;
        this.style = style;
        this.demo = demo;
    }

    /** Runs until the queue is empty, the learner quits, or input ends; returns the time spent. */
    public java.time.Duration run() {
        long started = System.nanoTime();
        session.start(clock.instant());
        shownAt = System.nanoTime();
        while (session.phase() != StudySession.Phase.DONE) {
            view = new StudyView(lang, console.width(), style);
            boolean go = session.phase() == StudySession.Phase.QUESTION ? askQuestion() : askRating();
            if (!go) session.quit();
        }
        return java.time.Duration.ofNanos(System.nanoTime() - started);
    }

    private boolean askQuestion() {
        Card card = session.current().card();
        List<String> screen = new ArrayList<>(top());
        screen.addAll(question());
        screen.add("");
        boolean typed = card.typed();
        if (console.redraws()) {
            screen.add(view.rule());
            screen.add(typed ? "  " + style.dim(TypedAnswerPrompt.terminalFooter(lang, true)) : view.footer(true, card, false));
        }
        show(screen, console.redraws() ? 2 : 0);
        if (typed) return typedAnswer(card);
        String in = console.read(Console.Input.KEY, console.redraws() ? "  > " : view.footer(true, card, false));
        if (in == null) return false;
        if (Console.RESIZED.equals(in)) return true;
        Keys.Command cmd = Keys.command(in);
        if (cmd != null && cmd != Keys.Command.DEMO) return command(cmd);
        if (card.revealOnly() && !in.isBlank()) {
            invalid(lang.t("빈 줄(Enter)로 답을 보세요", "press Enter (an empty line) to reveal the answer"));
            return true;
        }
        Outcome o = session.answer(in, clock.instant(), (System.nanoTime() - shownAt) / 1_000_000);
        if (o.verdict() == Verdict.INVALID) invalid(invalidAnswer(card, in));
        if (session.phase() == StudySession.Phase.QUESTION && o.verdict() != Verdict.INVALID) shownAt = System.nanoTime();
        noticeFromSession();
        return true;
    }

    /** A short answer or cloze: whatever is typed is graded; commands come as TypedAnswerPrompt describes. */
    private boolean typedAnswer(Card card) {
        TypedAnswerPrompt.Reply r = new TypedAnswerPrompt(console, lang, true)
                .read(console.redraws() ? "  > " : view.footer(true, card, false));
        if (r.quit()) return false;
        if (r.command() != null) return command(r.command());
        if (r.answer() != null) { // a typed answer is always graded, never invalid; saved when graded (issue 12)
            session.answer(r.answer(), clock.instant(), (System.nanoTime() - shownAt) / 1_000_000);
            noticeFromSession();
        }
        return true;
    }

    private boolean askRating() {
        Instant now = clock.instant();
        var preview = session.preview(now);
        Outcome o = session.outcome();
        String demoId = session.current().card().info().demo();
        boolean canDemo = demoId != null && demo != null;
        List<String> screen = new ArrayList<>();
        if (console.redraws()) {
            screen.addAll(top());
            screen.addAll(question());
            screen.add("");
        }
        screen.addAll(view.answer(session.current(), o, canDemo));
        screen.add(view.rule());
        screen.add(view.ratings(preview, o, now));
        show(screen, 2); // the rule and the rating row stay on screen while a long card scrolls
        String in = console.read(Console.Input.KEY, view.ratingFooter(o, canDemo));
        if (in == null) return false;
        if (Console.RESIZED.equals(in)) return true;
        return rateOrCommand(in, o, canDemo, demoId);
    }

    private boolean rateOrCommand(String in, Outcome o, boolean canDemo, String demoId) {
        Keys.Command cmd = Keys.command(in);
        if (cmd == Keys.Command.DEMO && canDemo) {
            console.show(demo.apply(demoId, console.width()));
            return console.read(Console.Input.KEY, lang.t("  Enter: 카드로 돌아가기", "  Enter: back to the card")) != null;
        }
        if (cmd != null && cmd != Keys.Command.DEMO) return command(cmd);
        Rating r = in.isBlank() ? o.defaultRating() : Keys.rating(in);
        if (r == null) {
            invalid(o.allows(Rating.GOOD) ? lang.t(topic(in) + " 평가가 아닙니다: 1–4 또는 Enter", "'" + in + "' is not a rating: 1–4 or Enter")
                    : lang.t(topic(in) + " 평가가 아닙니다: Enter 또는 1 (다시)", "'" + in + "' is not a rating: Enter or 1 (Again)"));
        } else if (!session.rate(r, clock.instant(), (System.nanoTime() - shownAt) / 1_000_000)) {
            invalid(lang.t("오답은 '1 다시'로만 평가됩니다 (Enter)", "a wrong answer is rated 1 Again (press Enter)"));
        } else {
            shownAt = System.nanoTime();
            noticeFromSession();
            var leech = session.takeLeechNotice();
            if (leech.isPresent()) return leechScreen(leech.get());
        }
        return true;
    }

    /** Says once that a card has become a leech, and points at its precise note and its demo. */
    private boolean leechScreen(StudySession.Leech leech) {
        console.show(view.leech(leech));
        return console.read(Console.Input.KEY, lang.t("  Enter: 학습으로 돌아가기", "  Enter: back to studying")) != null;
    }

    private void mark(StudySession.MarkAction action) {
        var m = session.mark(action, clock.instant());
        shownAt = System.nanoTime();
        console.notice(switch (action) {
            case SUSPEND -> lang.t("카드를 중지했습니다 (u 되돌리기 · 'gradcards unsuspend'로 풀기)",
                    "card suspended (u to undo; 'gradcards unsuspend' brings it back)");
            case BURY -> lang.t("카드를 내일까지 묻어 두었습니다 (u 되돌리기)", "card buried until tomorrow (u to undo)");
            case FLAG -> m.flagged() ? lang.t("⚑ 표시했습니다 ('gradcards cards --flagged'로 목록)",
                    "⚑ flagged ('gradcards cards --flagged' lists flagged cards)") : lang.t("표시를 지웠습니다", "flag removed");
        });
    }

    /** Shows what the session reports (another session answered the card, the daily new-card limit). */
    private void noticeFromSession() {
        session.takeNotice().ifPresent(t -> console.notice(t.in(lang)));
    }

    private boolean command(Keys.Command cmd) {
        switch (cmd) {
            case QUIT:
                return false;
            case UNDO:
                boolean mark = session.lastUndoIsMark();
                StudySession.UndoResult u = session.undo();
                if (u == StudySession.UndoResult.NOTHING) console.notice(lang.t("되돌릴 답이 없습니다", "nothing to undo yet"));
                else if (u == StudySession.UndoResult.DONE && mark) console.notice(lang.t("마지막 중지·묻기·표시를 되돌렸습니다", "the last suspend, bury or flag was taken back"));
                else if (u == StudySession.UndoResult.DONE) console.notice(lang.t("마지막 답을 되돌렸습니다", "the last answer was taken back"));
                else noticeFromSession();
                return true;
            case SUSPEND:
                mark(StudySession.MarkAction.SUSPEND);
                return true;
            case BURY:
                mark(StudySession.MarkAction.BURY);
                return true;
            case FLAG:
                mark(StudySession.MarkAction.FLAG);
                return true;
            default:
                List<String> help = new ArrayList<>(view.help());
                console.show(help);
                return console.read(Console.Input.KEY, lang.t("  Enter: 돌아가기", "  Enter: back")) != null;
        }
    }

    /** Shows the screen, unless a plain console is asking again after an invalid input. */
    private void show(List<String> screen, int footerLines) {
        if (!askAgain || console.redraws()) console.show(screen, footerLines);
        askAgain = false;
    }

    /** Reports invalid input; the same prompt comes again. */
    private void invalid(String message) {
        console.notice(message);
        askAgain = true;
    }

    /** The question lines, the type line marked ⚑ when the card is flagged. */
    private List<String> question() {
        List<String> q = new ArrayList<>(view.question(session.current()));
        if (session.currentMarks().flagged()) q.set(0, q.get(0) + " · ⚑ " + lang.t("표시됨", "flagged"));
        return q;
    }

    private List<String> top() {
        List<String> l = new ArrayList<>();
        l.add(view.header(session.queue(), session.current(), session.cardsDone()));
        l.add(view.rule());
        return l;
    }

    /** The input quoted with the topic particle its last sound takes: '3'은, '2'는, 'ㅂ'은. */
    private static String topic(String in) {
        return Counted.Particle.TOPIC.after("'" + in + "'");
    }

    private String invalidAnswer(Card card, String in) {
        if (card.answering() == Card.Answering.CHOICE) {
            return lang.t(topic(in) + " 보기 번호가 아닙니다: 1–4를 입력하세요", "'" + in + "' is not a choice: type 1–4");
        }
        return lang.t(topic(in) + " O/X 답이 아닙니다: O 또는 X (숫자 0은 O가 아님)",
                "'" + in + "' is not an O/X answer: type O or X (the digit 0 is not O)");
    }
}
