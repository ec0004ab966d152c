package gradcards.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.srs.StudyDay;
import gradcards.study.StudyStats;
import gradcards.ui.StatsView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards stats`: cards by state, answers per day, retention, forecast and mastery by topic and subject. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = {
    "Learning statistics: cards by state, answers a day over 14 days, true retention over 30 days,",
    "cards due by tomorrow and within a week, and mastery (cards in Review) by topic and exam subject.",
    "학습 통계: 카드 상태, 최근 14일 답 수, 30일 기억 유지율, 예정 카드, 주제·과목별 숙달."})
public class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the statistics as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Gradcards root = Gradcards.root(spec);
        try (Services s = Services.open(root)) {
            Instant now = s.clock.instant();
            StudyDay day = s.day();
            List<StudyStats.Answer> log = new ArrayList<>();
            s.db.forEachReview(r -> log.add(new StudyStats.Answer(r.review().reviewedAt(), r.review().rating(),
                    r.review().stateBefore())));
            StudyStats st = StudyStats.of(s.content.cards(), s.db.memories(), log, now, day);
            int streak = Overview.streak(s.db.studyDays(day::dateOf), day.dateOf(now));
            if (json) {
                root.out().println(toJson(st, streak));
            } else {
                new StatsView(s.lang(), s.style()).render(st, day.dateOf(now).toString(), streak,
                        s.settings.desiredRetention()).forEach(root.out()::println);
            }
        }
        return 0;
    }

    private static String toJson(StudyStats st, int streak) throws Exception {
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
