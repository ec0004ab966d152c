package gradcards.render;

import gradcards.i18n.Counted;
import gradcards.exam.ExamOutlook;
import gradcards.exam.ExamPlanner;
import gradcards.exam.Readiness;
import gradcards.i18n.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The exam lines of the overview: countdown with readiness and expected score, today's plan, reachability. */
public final class ExamLines {
    private ExamLines() {
    }

    /** "D-20", "D-day" on the day, "D+3" after it. */
    public static String dDay(LocalDate today, LocalDate exam) {
        long days = exam.toEpochDay() - today.toEpochDay();
        return days > 0 ? "D-" + days : days == 0 ? "D-day" : "D+" + (-days);
    }

    /** A fraction as a whole percentage, "72%"; "–" when undefined. */
    public static String percent(double f) {
        return Double.isNaN(f) ? "–" : Math.round(f * 100) + "%";
    }

    /** {@code 시험까지 D-20 · 준비도 72% · 예상 점수 78%}. */
    public static String headline(LocalDate today, ExamOutlook o, Lang lang) {
        Readiness.Figures f = o.forecast().overall();
        String d = dDay(today, o.forecast().date());
        return lang.t("시험까지 " + d + " · 준비도 " + percent(f.readiness()) + " · 예상 점수 " + percent(f.expectedScore()),
                "exam " + d + " · readiness " + percent(f.readiness()) + " · expected score " + percent(f.expectedScore()));
    }

    /** Today's plan and whether the exam target is still reachable (nothing when the plan is inactive). */
    public static List<String> plan(ExamOutlook o, double examRetention, int newPerDay, Lang lang) {
        ExamPlanner.Plan p = o.plan();
        List<String> out = new ArrayList<>();
        if (!p.active()) return out;
        String pct = percent(examRetention);
        String above = p.aboveNewLimit()
                ? lang.t(" (하루 한도 " + newPerDay + "장보다 많음)", " (more than new-per-day " + newPerDay + ")") : "";
        out.add(lang.t("오늘 계획: 복습 " + p.todayReviews().size() + "장 · 새 카드 " + p.newLeft() + "장" + above,
                "today's plan: " + Counted.en(p.todayReviews().size(), "review") + " · "
                        + Counted.en(p.newLeft(), "new card") + above));
        if (p.reachable()) {
            out.add(lang.t("시험일 아침 기억률 " + pct + " 목표: 이 계획대로면 도달",
                    "target " + pct + " recall on exam morning: reachable on this plan"));
        } else {
            List<String> why = new ArrayList<>();
            if (p.lateIntroductions() > 0) {
                why.add(lang.t("새 카드 " + p.lateIntroductions() + "장을 시험 7일 전까지 못 봄",
                        Counted.en(p.lateIntroductions(), "new card") + " cannot be seen a week ahead"));
            }
            if (p.unreachable() > 0) {
                why.add(lang.t(p.unreachable() + "장은 목표에 못 미침", Counted.en(p.unreachable(), "card") + " cannot reach it"));
            }
            if (p.overCapacity() > 0) {
                why.add(lang.t(p.overCapacity() + "장은 하루 복습 한도 초과",
                        Counted.en(p.overCapacity(), "review") + " beyond reviews-per-day"));
            }
            out.add(lang.t("목표 " + pct + " 도달 어려움: ", "target " + pct + " out of reach: ") + String.join(" · ", why));
        }
        return out;
    }
}
