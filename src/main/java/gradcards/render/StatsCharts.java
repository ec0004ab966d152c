package gradcards.render;

import gradcards.i18n.Counted;
import gradcards.i18n.Lang;
import gradcards.study.Calibration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The charts of `gradcards stats`: the calendar heatmap of study days, the 30-day due forecast and the calibration. */
public final class StatsCharts {
    /** Weeks shown in the heatmap. */
    public static final int WEEKS = 26;
    private static final String LEVELS = "░▒▓█";
    private static final String[] KO_DAYS = {"월", "화", "수", "목", "금", "토", "일"};
    private static final String[] EN_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final int LABEL = 4;
    private static final int FORECAST_BAR = 12;
    private final Lang lang;
    private final Style style;

    public StatsCharts(Lang lang, Style style) {
        this.lang = lang;
        this.style = style;
    }

    /** The first day of the heatmap: the Monday 25 weeks before the week of today. */
    public static LocalDate heatmapStart(LocalDate today) {
        return today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(WEEKS - 1L);
    }

    /** The weekday label in the interface language (two columns in both). */
    public String weekday(DayOfWeek d) {
        return (lang == Lang.KO ? KO_DAYS : EN_DAYS)[d.getValue() - 1];
    }

    /** Month header, seven rows (Monday first) of one cell a week (two columns each) and a legend. */
    public List<String> heatmap(Map<LocalDate, Integer> daily, LocalDate today) {
        LocalDate start = heatmapStart(today);
        int max = 0;
        for (int w = 0; w < WEEKS * 7; w++) max = Math.max(max, daily.getOrDefault(start.plusDays(w), 0));
        List<String> out = new ArrayList<>();
        StringBuilder head = new StringBuilder("  " + " ".repeat(LABEL));
        int col = 0;
        int prevMonth = -1;
        for (int w = 0; w < WEEKS; w++) {
            LocalDate monday = start.plusWeeks(w);
            if (monday.getMonthValue() != prevMonth && col <= w * 2) {
                String m = lang.t(monday.getMonthValue() + "월", monday.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
                if (w * 2 + Cells.width(m) <= WEEKS * 2) {
                    head.append(" ".repeat(w * 2 - col)).append(m);
                    col = w * 2 + Cells.width(m);
                }
            }
            prevMonth = monday.getMonthValue();
        }
        out.add(style.dim(head.toString()));
        for (int d = 0; d < 7; d++) {
            StringBuilder row = new StringBuilder("  ").append(Cells.padRight(weekday(DayOfWeek.of(d + 1)), LABEL));
            for (int w = 0; w < WEEKS; w++) {
                LocalDate date = start.plusWeeks(w).plusDays(d);
                row.append(date.isAfter(today) ? " " : cell(daily.getOrDefault(date, 0), max));
                if (w < WEEKS - 1) row.append(' ');
            }
            out.add(row.toString().stripTrailing());
        }
        out.add("  " + " ".repeat(LABEL) + style.dim(lang.t("· 없음  " + LEVELS + " 많음 (하루 최대 " + max + ")",
                "· none  " + LEVELS + " more (most in a day: " + max + ")")));
        return out;
    }

    /** One heatmap cell: · for no answers, else ░▒▓█ by quarter of the busiest day. */
    static String cell(int n, int max) {
        if (n <= 0 || max <= 0) return "·";
        return String.valueOf(LEVELS.charAt(Math.min(3, (int) Math.ceil(4.0 * n / max) - 1)));
    }

    /** The due forecast: one bar a day for the next days (day 0 = today with overdue), in two columns. */
    public List<String> forecast(int[] dueByDay, LocalDate today) {
        int max = 1;
        for (int v : dueByDay) max = Math.max(max, v);
        int half = (dueByDay.length + 1) / 2;
        int countWidth = String.valueOf(max).length();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            String left = forecastCell(dueByDay, i, today, max, countWidth);
            String right = i + half < dueByDay.length ? forecastCell(dueByDay, i + half, today, max, countWidth) : "";
            out.add(("  " + Cells.padRight(left, 36) + right).stripTrailing());
        }
        return out;
    }

    private String forecastCell(int[] due, int i, LocalDate today, int max, int countWidth) {
        LocalDate d = today.plusDays(i);
        String date = String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
        return date + " " + weekday(d.getDayOfWeek()) + " " + style.accent(Bars.eighths((double) due[i] / max, FORECAST_BAR))
                + " " + Cells.padLeft(String.valueOf(due[i]), countWidth);
    }

    /** Predicted recall against what happened, by bin, and the log loss. */
    public List<String> calibration(Calibration c) {
        List<String> out = new ArrayList<>();
        if (c.reviews() == 0) {
            out.add("  " + lang.t("아직 복습 단계 카드의 복습이 없어 모델을 검증할 수 없습니다",
                    "no reviews of Review cards yet: nothing to check the model against"));
            return out;
        }
        out.add("  " + lang.t("복습 " + c.reviews() + "번 · 로그 손실 " + String.format("%.3f", c.logLoss())
                        + " (낮을수록 좋음, 늘 50%라고 하면 0.693)",
                Counted.en(c.reviews(), "review") + " · log loss " + String.format("%.3f", c.logLoss())
                        + " (lower is better; always 50% gives 0.693)"));
        out.add("  " + style.dim(Cells.padRight(lang.t("예측 구간", "predicted"), 12) + Cells.padLeft(lang.t("복습", "reviews"), 8)
                + Cells.padLeft(lang.t("예측 평균", "mean"), 12) + Cells.padLeft(lang.t("실제", "actual"), 10)));
        for (int b = 0; b < Calibration.BINS; b++) {
            String range = (b * 100 / Calibration.BINS) + "–" + ((b + 1) * 100 / Calibration.BINS) + "%";
            out.add("  " + Cells.padRight(range, 12) + Cells.padLeft(String.valueOf(c.count()[b]), 8)
                    + Cells.padLeft(pct(c.predicted()[b]), 12) + Cells.padLeft(pct(c.observed()[b]), 10));
        }
        return out;
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "–" : Math.round(x * 100) + "%";
    }
}
