package gradcards.render;

import gradcards.i18n.Counted;
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
        return render(s, date, streak, desiredRetention, null);
    }

    /** The lines of the screen; answered (null: unknown) gives today's answers by mode, as the overview shows them. */
    public List<String> render(StudyStats s, String date, int streak, double desiredRetention,
                               gradcards.study.AnswerCounts answered) {
        List<String> out = new ArrayList<>();
        out.add(" " + style.bold(lang.t("학습 통계", "Statistics")) + " · " + date);
        out.add(" " + style.dim("─".repeat(75)));
        Map<CardState, Integer> st = s.byState();
        out.add(row(lang.t("카드", "cards"), lang.t("새 ", "new ") + st.get(CardState.NEW) + lang.t(" · 학습 중 ", " · learning ")
                + st.get(CardState.LEARNING) + lang.t(" · 복습 ", " · review ") + st.get(CardState.REVIEW)
                + lang.t(" · 재학습 ", " · relearning ") + st.get(CardState.RELEARNING)));
        String modes = answered == null ? "" : " " + AnswerCountLine.parts(answered, lang);
        int n = answered == null ? s.answersToday() : answered.total();
        out.add(row(lang.t("오늘", "today"), lang.t("답 " + n + "개", Counted.en(n, "answer")) + modes
                + (Double.isNaN(s.rightToday()) ? "" : lang.t(" · 맞힘 ", " · right ") + pct(s.rightToday()))));
        out.add(row(lang.t("최근 14일", "last 14 days"), sparkline(s.answersPerDay()) + lang.t("  (하루 답 수, 최대 ", "  (answers a day, max ")
                + max(s.answersPerDay()) + ")"));
        out.add(row(lang.t("기억 유지율", "retention"), retention(s, desiredRetention)));
        out.add(row(lang.t("연속 학습", "streak"), lang.t(streak + "일", Counted.en(streak, "day"))
                + lang.t(" · 최고 " + s.bestStreak() + "일", " · best " + Counted.en(s.bestStreak(), "day"))));
        out.add(row(lang.t("예정", "due"), lang.t("내일까지 " + s.dueTomorrow() + "장 · 7일 안에 " + s.dueWeek() + "장",
                s.dueTomorrow() + " by tomorrow · " + s.dueWeek() + " within 7 days")));
        out.add(" " + style.dim("─".repeat(75)));
        out.add("  " + style.dim(lang.t("숙달: 복습 단계에 오른 카드 / 전체", "mastered: cards in Review / all")));
        for (Map.Entry<Topic, int[]> e : s.masteryByTopic().entrySet()) out.add(bar(e.getKey().label().in(lang), e.getValue()));
        for (Map.Entry<Integer, int[]> e : s.masteryBySubject().entrySet()) {
            out.add(bar(gradcards.content.CardInfo.subjectLabel(e.getKey()).in(lang), e.getValue()));
        }
        java.time.LocalDate today = java.time.LocalDate.parse(date);
        StatsCharts charts = new StatsCharts(lang, style);
        out.add(" " + style.dim("─".repeat(75)));
        out.add("  " + style.bold(lang.t("학습한 날 (최근 " + StatsCharts.WEEKS + "주)", "study days (last " + StatsCharts.WEEKS + " weeks)")));
        out.addAll(charts.heatmap(s.daily(), today));
        out.add(" " + style.dim("─".repeat(75)));
        out.add("  " + style.bold(lang.t("예정 카드 (앞으로 " + StudyStats.FORECAST_DAYS + "일, 오늘은 밀린 카드 포함)",
                "cards due (next " + StudyStats.FORECAST_DAYS + " days; today includes overdue)")));
        out.addAll(charts.forecast(s.dueByDay(), today));
        out.add(" " + style.dim("─".repeat(75)));
        out.add("  " + style.bold(lang.t("기억 모델 검증: 복습 때 예측한 기억률 대 실제 (다시 = 잊음)",
                "model check: predicted recall at each review vs outcome (Again = forgot)")));
        out.addAll(charts.calibration(s.calibration()));
        return out;
    }

    private String retention(StudyStats s, double desired) {
        if (s.reviewedInReview() == 0) return lang.t("아직 복습한 카드가 없습니다", "no reviews of Review cards yet");
        return pct(s.retention()) + lang.t(" (최근 " + StudyStats.RETENTION_DAYS + "일 복습 " + s.reviewedInReview()
                + "번, 목표 " + pct(desired) + ")", " over the last " + StudyStats.RETENTION_DAYS + " days ("
                + Counted.en(s.reviewedInReview(), "review") + "; target " + pct(desired) + ")");
    }

    private String row(String label, String value) {
        return "  " + Cells.padRight(label, 14) + value;
    }

    private String bar(String label, int[] c) {
        return "  " + Cells.padRight(label, 14) + Bars.share(c[0], c[1], BAR, style::accent)
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
