package gradcards.render;

import gradcards.i18n.Counted;
import gradcards.i18n.Lang;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one-screen overview of `gradcards` with no subcommand: what is due, today's work, streak, what to run next. */
public final class Overview {
    private static final int WIDTH = 76;

    /** The numbers on the overview screen. */
    public record Numbers(LocalDate today, int dueNow, int dueLater, int newAvailable, int newUnseen,
                   gradcards.study.AnswerCounts answeredToday,
                   int streak, Optional<Instant> nextDue, Optional<LocalDate> exam,
                   Optional<gradcards.exam.ExamOutlook> outlook, double examRetention, int newPerDay, int wrongNotes) {
    }

    private Overview() {
    }

    /** The overview screen's lines. */
    public static List<String> render(Numbers n, Instant now, Lang lang, Style style, java.time.ZoneId zone) {
        List<String> out = new ArrayList<>();
        String dow = n.today().getDayOfWeek().getDisplayName(TextStyle.SHORT, lang == Lang.KO ? Locale.KOREAN : Locale.ENGLISH);
        String title = " gradcards · " + lang.t("기울기 소멸 문제", "the vanishing-gradient problem");
        String date = n.today() + " (" + dow + ")";
        out.add(style.bold(title) + " ".repeat(Math.max(2, WIDTH - Cells.width(title) - Cells.width(date))) + date);
        out.add(" " + style.dim("─".repeat(WIDTH - 1)));
        String unit = lang.t("장", "");
        out.add(row(lang.t("지금 복습", "due now"), n.dueNow() + unit, lang.t("새 카드", "new cards"),
                n.newAvailable() + unit + lang.t(" (남은 " + n.newUnseen() + "장)", " (" + n.newUnseen() + " unseen)")));
        out.add(row(lang.t("오늘 중 복습", "due later today"), n.dueLater() + unit, lang.t("연속 학습", "streak"),
                lang.t(n.streak() + "일", Counted.en(n.streak(), "day"))));
        out.add("  " + Cells.padRight(lang.t("다음 카드", "next card"), 16) + next(n.nextDue(), now, lang, zone));
        out.add("  " + Cells.padRight(lang.t("오늘 답한 수", "answered today"), 16)
                + AnswerCountLine.of(n.answeredToday(), lang));
        if (n.outlook().isPresent()) {
            out.add("  " + style.accent(ExamLines.headline(n.today(), n.outlook().get(), lang)) + " (" + n.exam().get() + ")");
            for (String l : ExamLines.plan(n.outlook().get(), n.examRetention(), n.newPerDay(), lang)) out.add("  " + l);
        }
        out.add(" " + style.dim("─".repeat(WIDTH - 1)));
        String[][] cmds = {
            {"gradcards study", n.dueNow() + n.newAvailable() > 0 ? lang.t("오늘의 학습 시작", "start today's session")
                    : lang.t("오늘 학습 끝 — 내일 다시", "done for today — come back tomorrow")},
            {"gradcards quiz", lang.t("실력 점검 (20문항)", "self-check, 20 exam-style questions")},
            {"gradcards exam", lang.t("모의고사 (4지선다 20문항, 30분)", "mock written exam (20 questions, 30 minutes)")},
            {"gradcards wrong", lang.t("오답 노트 " + n.wrongNotes() + "장", "wrong-answer notebook: " + Counted.en(n.wrongNotes(), "card"))},
            {"gradcards demo list", lang.t("기울기 측정 데모 15종", "15 gradient-measuring demos")},
            {"gradcards stats", lang.t("학습 통계", "learning statistics")},
            {"gradcards config", lang.t("하루 새 카드 수, 목표 기억률 등 설정", "daily limits, desired retention, …")},
        };
        for (String[] c : cmds) out.add("  " + style.accent(Cells.padRight(c[0], 26)) + c[1]);
        return out;
    }

    /** "D-96 (2027-03-07)", "D-day" on the day, "D+3" after it. */
    public static String dDay(LocalDate today, LocalDate exam) {
        long days = exam.toEpochDay() - today.toEpochDay();
        String d = days > 0 ? "D-" + days : days == 0 ? "D-day" : "D+" + (-days);
        return d + " (" + exam + ")";
    }

    private static String row(String l1, String v1, String l2, String v2) {
        return "  " + Cells.padRight(l1, 16) + Cells.padRight(v1, 10) + Cells.padRight(l2, 12) + v2;
    }

    private static String next(Optional<Instant> due, Instant now, Lang lang, java.time.ZoneId zone) {
        if (due.isEmpty()) return "–";
        if (!due.get().isAfter(now)) return lang.t("지금", "now");
        String in = Intervals.format(Duration.between(now, due.get()), lang);
        String at = DateTimeFormatter.ofPattern("MM-dd HH:mm").format(due.get().atZone(zone));
        return lang.t(in + " 뒤 (" + at + ")", "in " + in + " (" + at + ")");
    }
}
