package gradcards.render;

import gradcards.i18n.Counted;
import gradcards.i18n.Lang;
import gradcards.srs.StudyDay;
import gradcards.study.SessionStats;
import gradcards.study.StudySession;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The lines printed when a study session ends: cards studied, share right, time spent, next due card. */
public final class SessionSummary {
    private final Lang lang;
    private final Style style;

    public SessionSummary(Lang lang, Style style) {
        this.lang = lang;
        this.style = style;
    }

    public void print(PrintWriter out, StudySession session, Duration took, Instant now, StudyDay day) {
        print(out, session, took, now, day, null);
    }

    /**
     * The summary; today (null: unknown) is today's answers by mode, counted as the overview and `stats` count them,
     * printed under the session's own figures so that the three screens agree and say what they include.
     */
    public void print(PrintWriter out, StudySession session, Duration took, Instant now, StudyDay day,
                      gradcards.study.AnswerCounts today) {
        SessionStats st = session.stats();
        if (st.answers() == 0 && session.current() != null) {
            out.println(lang.t(" 답하지 않고 끝냈습니다. 카드는 그대로 남아 있습니다.", " Stopped before any answer; the cards are still waiting."));
        } else if (st.answers() == 0) {
            out.println(lang.t(" 지금 학습할 카드가 없습니다.", " Nothing to study right now."));
        } else {
            out.println(style.bold(lang.t(" 학습 끝", " Session done")) + " · "
                    + lang.t(st.cards() + "장 · 이번 세션 답 " + st.answers() + "번", Counted.en(st.cards(), "card") + " · "
                    + Counted.en(st.answers(), "answer") + " this session")
                    + (st.graded() > 0 ? lang.t(" · 정답률 ", " · right ") + Math.round(st.shareRight() * 100) + "%" : "")
                    + " · " + elapsed(took));
        }
        if (today != null && today.total() > 0) {
            out.println(lang.t(" 오늘 답한 수 ", " Answered today ") + AnswerCountLine.of(today, lang));
        }
        Optional<Instant> next = session.nextDue();
        String when = next.map(t -> !t.isAfter(now) ? lang.t("지금", "now")
                : lang.t(Intervals.format(Duration.between(now, t), lang) + " 뒤", "in " + Intervals.format(Duration.between(now, t), lang))
                + " (" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t.atZone(day.zone())) + ")")
                .orElse(lang.t("없음 (새 카드는 gradcards study)", "none yet (gradcards study for new cards)"));
        out.println(lang.t(" 다음 카드: ", " Next card: ") + when);
        out.flush();
    }

    private String elapsed(Duration d) {
        long m = d.toMinutes();
        long s = d.toSecondsPart();
        return m > 0 ? lang.t(m + "분 " + s + "초", m + " min " + s + " s") : lang.t(s + "초", s + " s");
    }
}
