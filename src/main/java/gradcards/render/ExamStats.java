package gradcards.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.content.Topic;
import gradcards.exam.Readiness;
import gradcards.i18n.Lang;
import gradcards.store.ExamRecords;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exam part of `stats`: readiness and expected score by topic and subject, exam and quiz history, notebook size. */
public record ExamStats(LocalDateHolder today, Optional<Readiness.Forecast> forecast, List<ExamRecords.History> history,
                        int wrongNotes, ZoneId zone) {

    /** Today's date as text (kept apart so the record stays a plain value). */
    public record LocalDateHolder(java.time.LocalDate date) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** Adds "exam" (null without an exam date), "exam_history" and "wrong_notes" to the stats JSON. */
    public void addTo(ObjectNode o) {
        if (forecast.isEmpty()) {
            o.putNull("exam");
        } else {
            Readiness.Forecast f = forecast.get();
            ObjectNode e = o.putObject("exam");
            e.put("date", f.date().toString());
            e.put("days_left", f.daysLeft());
            put(e, f.overall());
            ObjectNode topics = e.putObject("by_topic");
            f.byTopic().forEach((t, fig) -> put(topics.putObject(t.code()), fig));
            ObjectNode subjects = e.putObject("by_subject");
            f.bySubject().forEach((k, fig) -> put(subjects.putObject(String.valueOf(k)), fig));
        }
        ArrayNode h = o.putArray("exam_history");
        for (ExamRecords.History r : history) {
            h.addObject().put("kind", r.kind()).put("taken_at", r.takenAt().toString()).put("total", r.total())
                    .put("score", r.score()).put("seconds", r.seconds()).put("pass", r.pass());
        }
        o.put("wrong_notes", wrongNotes);
    }

    private static void put(ObjectNode n, Readiness.Figures f) {
        n.put("readiness", f.readiness());
        if (Double.isNaN(f.expectedScore())) n.putNull("expected_score");
        else n.put("expected_score", f.expectedScore());
    }

    /** The lines under the stats screen. */
    public List<String> lines(Lang lang, Style style) {
        List<String> out = new ArrayList<>();
        String rule = " " + style.dim("─".repeat(75));
        if (forecast.isPresent()) {
            Readiness.Forecast f = forecast.get();
            out.add(rule);
            out.add("  " + style.bold(lang.t("시험 ", "exam ") + f.date() + " · " + ExamLines.dDay(today.date(), f.date()))
                    + lang.t(" · 준비도 ", " · readiness ") + ExamLines.percent(f.overall().readiness())
                    + lang.t(" · 예상 점수 ", " · expected score ") + ExamLines.percent(f.overall().expectedScore()));
            out.add("  " + style.dim(Cells.padRight("", 14) + Cells.padRight(lang.t("준비도", "readiness"), 22)
                    + lang.t("예상 점수", "expected score")));
            for (Map.Entry<Topic, Readiness.Figures> e : f.byTopic().entrySet()) {
                out.add(figureLine(e.getKey().label().in(lang), e.getValue()));
            }
            for (Map.Entry<Integer, Readiness.Figures> e : f.bySubject().entrySet()) {
                out.add(figureLine(lang.t(e.getKey() + "과목", "subject " + e.getKey()), e.getValue()));
            }
        }
        if (!history.isEmpty()) {
            out.add(rule);
            out.add("  " + style.bold(lang.t("모의고사·점검 기록", "exam and quiz history")) + style.dim(lang.t(" (최근 5회)", " (last 5)")));
            for (ExamRecords.History r : history.subList(Math.max(0, history.size() - 5), history.size())) {
                String kind = r.kind().equals("exam") ? lang.t("모의고사", "exam") : lang.t("점검", "quiz");
                long pct = Math.round(100.0 * r.score() / Math.max(1, r.total()));
                out.add("  " + WHEN.format(r.takenAt().atZone(zone)) + "  " + Cells.padRight(kind, 9)
                        + Cells.padLeft(r.score() + "/" + r.total(), 7) + Cells.padLeft(pct + "%", 6) + "  "
                        + Bars.eighths(r.score() / (double) Math.max(1, r.total()), 20) + "  "
                        + (r.pass() ? lang.t("✔ 합격", "✔ pass") : lang.t("✘ 불합격", "✘ fail")));
            }
        }
        out.add("  " + lang.t("오답 노트 " + wrongNotes + "장 (gradcards wrong)", "wrong-answer notebook: " + wrongNotes
                + " (gradcards wrong)"));
        return out;
    }

    private static String figureLine(String label, Readiness.Figures f) {
        String score = Double.isNaN(f.expectedScore()) ? "–" : ExamLines.percent(f.expectedScore());
        return "  " + Cells.padRight(label, 14) + Bars.eighths(f.readiness(), 14) + Cells.padLeft(ExamLines.percent(f.readiness()), 6)
                + "  " + Cells.padLeft(score, 5);
    }
}
