package gradcards.app;

import gradcards.render.StatsJson;
import gradcards.render.StatsView;
import gradcards.srs.StudyDay;
import gradcards.store.ReviewScan;
import gradcards.study.ReviewTally;
import gradcards.study.StudyStats;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards stats`: cards by state, answers per day, retention, forecast and mastery by topic and subject. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = {
    "Learning statistics: cards by state, answers a day over 14 days, true retention over 30 days,",
    "cards due by tomorrow and within a week, mastery (cards in Review) by topic and exam subject, a heatmap of",
    "study days (26 weeks), cards due on each of the next 30 days, current and best streak, and how well the",
    "memory model predicted your answers (5 bins of predicted recall against what happened, log loss).",
    "학습 통계: 카드 상태, 최근 14일 답 수, 30일 기억 유지율, 예정 카드, 주제·과목별 숙달, 학습한 날",
    "(26주 달력), 앞으로 30일 예정 카드, 연속·최고 학습일, 기억 모델 검증(예측 기억률 5구간 대 실제, 로그 손실)."})
public class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the statistics as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return run(Gradcards.root(spec), json);
    }

    /** Prints the statistics (as JSON when json); Main calls it directly when the line needs no picocli. */
    static int run(Gradcards root, boolean json) throws Exception {
        try (Services s = Services.open(root)) {
            Instant now = s.clock.instant();
            StudyDay day = s.day();
            ReviewTally tally = new ReviewTally(day, now, s.scheduler().weights());
            ReviewScan.answers(s.db, day.zone(), day.startOf(day.dateOf(now)), now, tally::addBucket);
            ReviewScan.calibration(s.db, gradcards.srs.Fsrs.factor(tally.weights()), tally.weights().decay(),
                    gradcards.study.Calibration.BINS, tally::addCalibrationBin);
            StudyStats st = StudyStats.of(s.content.cards(), s.db.memories(), tally, now, day);
            int streak = st.streak();
            java.time.LocalDate today = day.dateOf(now);
            var forecast = gradcards.config.SettingKey.examDate(s.db.settings()).map(e -> gradcards.exam.Readiness
                    .forecast(s.content.cards(), s.db.memories(), e, today, day, s.scheduler().weights()));
            var exam = new gradcards.render.ExamStats(new gradcards.render.ExamStats.LocalDateHolder(today), forecast,
                    s.db.exams().history(), s.db.exams().wrongCount(), s.zone);
            var answered = gradcards.study.DailyRules.answersToday(day, now, new DbLog(s.db)); // as the overview counts
            if (json) {
                root.out().println(StatsJson.of(st, streak, exam, answered));
            } else {
                new StatsView(s.lang(), s.style()).render(st, today.toString(), streak,
                        s.settings.desiredRetention(), answered).forEach(root.out()::println);
                exam.lines(s.lang(), s.style()).forEach(root.out()::println);
            }
        }
        return 0;
    }
}
