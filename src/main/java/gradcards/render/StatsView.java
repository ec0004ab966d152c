package gradcards.render;

import gradcards.content.Topic;
import gradcards.i18n.Lang;
import gradcards.srs.CardState;
import gradcards.study.StudyStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The statistics screen of `gradcards stats`. */
public final class StatsView {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final int BAR = 16;
    private final Lang lang;
    private final Style style;

    public StatsView(Lang lang, Style style) {
        this.lang = lang;
        this.style = style;
    }

    /** The lines of the screen. */
    public List<String> render(StudyStats s, String date, int streak, double desiredRetention) {
        List<String> out = new ArrayList<>();
        out.add(" " + style.bold(lang.t("학습 통계", "Statistics")) + " · " + date);
        out.add(" " + style.dim("─".repeat(75)));
        Map<CardState, Integer> st = s.byState();
        out.add(row(lang.t("카드", "cards"), lang.t("새 ", "new ") + st.get(CardState.NEW) + lang.t(" · 학습 중 ", " · learning ")
                + st.get(CardState.LEARNING) + lang.t(" · 복습 ", " · review ") + st.get(CardState.REVIEW)
                + lang.t(" · 재학습 ", " · relearning ") + st.get(CardState.RELEARNING)));
        out.add(row(lang.t("오늘", "today"), lang.t("답 " + s.answersToday() + "개", s.answersToday() + " answers")
                + (Double.isNaN(s.rightToday()) ? "" : lang.t(" · 맞힘 ", " · right ") + pct(s.rightToday()))));
        out.add(row(lang.t("최근 14일", "last 14 days"), sparkline(s.answersPerDay()) + lang.t("  (하루 답 수, 최대 ", "  (answers a day, max ")
                + max(s.answersPerDay()) + ")"));
        out.add(row(lang.t("기억 유지율", "retention"), retention(s, desiredRetention)));
        out.add(row(lang.t("연속 학습", "streak"), streak + lang.t("일", streak == 1 ? " day" : " days")));
        out.add(row(lang.t("예정", "due"), lang.t("내일까지 " + s.dueTomorrow() + "장 · 7일 안에 " + s.dueWeek() + "장",
                s.dueTomorrow() + " by tomorrow · " + s.dueWeek() + " within 7 days")));
        out.add(" " + style.dim("─".repeat(75)));
        out.add("  " + style.dim(lang.t("숙달: 복습 단계에 오른 카드 / 전체", "mastered: cards in Review / all")));
        for (Map.Entry<Topic, int[]> e : s.masteryByTopic().entrySet()) out.add(bar(e.getKey().label().in(lang), e.getValue()));
        for (Map.Entry<Integer, int[]> e : s.masteryBySubject().entrySet()) {
            out.add(bar(lang.t(e.getKey() + "과목", "subject " + e.getKey()), e.getValue()));
        }
        return out;
    }

    private String retention(StudyStats s, double desired) {
        if (s.reviewedInReview() == 0) return lang.t("아직 복습한 카드가 없습니다", "no reviews of Review cards yet");
        return pct(s.retention()) + lang.t(" (최근 " + StudyStats.RETENTION_DAYS + "일 복습 " + s.reviewedInReview()
                + "번, 목표 " + pct(desired) + ")", " over the last " + StudyStats.RETENTION_DAYS + " days ("
                + s.reviewedInReview() + " reviews; target " + pct(desired) + ")");
    }

    private String row(String label, String value) {
        return "  " + Cells.padRight(label, 14) + value;
    }

    private String bar(String label, int[] c) {
        int filled = c[1] == 0 ? 0 : (int) Math.round((double) c[0] / c[1] * BAR);
        return "  " + Cells.padRight(label, 14) + style.accent("█".repeat(filled)) + "░".repeat(BAR - filled)
                + "  " + c[0] + "/" + c[1];
    }

    /** One block per day, scaled to the busiest day (a day without answers is a dot). */
    static String sparkline(int[] values) {
        int max = max(values);
        StringBuilder b = new StringBuilder();
        for (int v : values) {
            b.append(v == 0 || max == 0 ? '·' : SPARKS.charAt(Math.max(0, (int) Math.ceil(8.0 * v / max) - 1)));
        }
        return b.toString();
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) m = Math.max(m, v);
        return m;
    }

    private static String pct(double x) {
        return Math.round(x * 100) + "%";
    }
}
