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
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = m.createObjectNode();
        ObjectNode states = o.putObject("cards");
        st.byState().forEach((k, v) -> states.put(k.code(), v));
        o.set("answers_per_day", m.valueToTree(st.answersPerDay()));
        o.put("answers_today", st.answersToday());
        o.put("retention_30d", Double.isNaN(st.retention()) ? null : st.retention());
        o.put("reviews_30d", st.reviewedInReview());
        o.put("streak", streak);
        o.put("due_by_tomorrow", st.dueTomorrow());
        o.put("due_within_7_days", st.dueWeek());
        ObjectNode topics = o.putObject("mastery_by_topic");
        st.masteryByTopic().forEach((k, v) -> topics.set(k.code(), m.valueToTree(v)));
        ObjectNode subjects = o.putObject("mastery_by_subject");
        st.masteryBySubject().forEach((k, v) -> subjects.set(String.valueOf(k), m.valueToTree(v)));
        return m.writeValueAsString(o);
    }
}
