package gradcards.app;

import gradcards.render.StatsJson;
import gradcards.render.StatsView;
import gradcards.srs.StudyDay;
import gradcards.study.DailyRules;
import gradcards.study.StudyStats;
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
            int streak = DailyRules.streak(day, now, new DbLog(s.db));
            if (json) {
                root.out().println(StatsJson.of(st, streak));
            } else {
                new StatsView(s.lang(), s.style()).render(st, day.dateOf(now).toString(), streak,
                        s.settings.desiredRetention()).forEach(root.out()::println);
            }
        }
        return 0;
    }
}
