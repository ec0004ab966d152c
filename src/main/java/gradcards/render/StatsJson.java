package gradcards.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.study.StudyStats;

/** `gradcards stats --json`: cards by state, answers a day, retention, streak, forecast and mastery. */
public final class StatsJson {
    private StatsJson() {
    }

    /** The statistics and the streak as indented JSON. */
    public static String of(StudyStats st, int streak) throws JsonProcessingException {
        return of(st, streak, null);
    }

    /** The statistics, the streak and (when given) the exam part as indented JSON. */
    public static String of(StudyStats st, int streak, ExamStats exam) throws JsonProcessingException {
        return of(st, streak, exam, null);
    }

    /** As above; today (null: unknown) adds "answers_today_by_mode" and is the "answers_today" the overview shows. */
    public static String of(StudyStats st, int streak, ExamStats exam, gradcards.study.AnswerCounts today)
            throws JsonProcessingException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = m.createObjectNode();
        ObjectNode states = o.putObject("cards");
        st.byState().forEach((k, v) -> states.put(k.code(), v));
        o.set("answers_per_day", m.valueToTree(st.answersPerDay()));
        o.put("answers_today", today == null ? st.answersToday() : today.total());
        if (today != null) {
            ObjectNode modes = o.putObject("answers_today_by_mode");
            modes.put("study", today.study());
            modes.put("quiz", today.quiz());
            modes.put("exam", today.exam());
        }
        o.put("retention_30d", Double.isNaN(st.retention()) ? null : st.retention());
        o.put("reviews_30d", st.reviewedInReview());
        o.put("streak", streak);
        o.put("best_streak", st.bestStreak());
        o.put("study_days", st.daily().size());
        ObjectNode byDay = o.putObject("answers_by_day");
        st.daily().forEach((d, n) -> byDay.put(d.toString(), n));
        o.set("due_forecast", m.valueToTree(st.dueByDay()));
        ObjectNode cal = o.putObject("calibration");
        gradcards.study.Calibration c = st.calibration();
        cal.put("reviews", c.reviews());
        if (Double.isNaN(c.logLoss())) cal.putNull("log_loss"); else cal.put("log_loss", c.logLoss());
        var bins = cal.putArray("bins");
        for (int b = 0; b < gradcards.study.Calibration.BINS; b++) {
            ObjectNode bin = bins.addObject();
            bin.put("from", (double) b / gradcards.study.Calibration.BINS);
            bin.put("to", (double) (b + 1) / gradcards.study.Calibration.BINS);
            bin.put("count", c.count()[b]);
            if (Double.isNaN(c.predicted()[b])) bin.putNull("predicted"); else bin.put("predicted", c.predicted()[b]);
            if (Double.isNaN(c.observed()[b])) bin.putNull("observed"); else bin.put("observed", c.observed()[b]);
        }
        o.put("due_by_tomorrow", st.dueTomorrow());
        o.put("due_within_7_days", st.dueWeek());
        ObjectNode topics = o.putObject("mastery_by_topic");
        st.masteryByTopic().forEach((k, v) -> topics.set(k.code(), m.valueToTree(v)));
        ObjectNode subjects = o.putObject("mastery_by_subject");
        st.masteryBySubject().forEach((k, v) -> subjects.set(String.valueOf(k), m.valueToTree(v)));
        if (exam != null) exam.addTo(o);
        return m.writeValueAsString(o);
    }
}
