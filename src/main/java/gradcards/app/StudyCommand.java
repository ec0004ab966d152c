package gradcards.app;

import gradcards.render.SessionSummary;
import gradcards.srs.Memory;
import gradcards.store.AnswerLog;
import gradcards.store.ReviewRow;
import gradcards.study.AnswerPath;
import gradcards.study.Checker;
import gradcards.study.DailyRules;
import gradcards.study.QueueBuilder;
import gradcards.study.SchedulePolicy;
import gradcards.study.StudyQueue;
import gradcards.study.StudySession;
import gradcards.ui.DemoLines;
import gradcards.ui.StudyLoop;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards study`: today's FSRS session over the decks; every answer is saved before the next card. */
@Command(name = "study", mixinStandardHelpOptions = true, description = {
    "Today's study session: due learning and review cards first, then new cards up to the daily limit.",
    "Keys: Space/Enter reveal · 1–4 choose or rate · O/X · u undo · d demo · q quit · ? help.",
    "When standard input is not a terminal, reads one answer per line (scripted mode).",
    "오늘의 학습: 복습할 카드 먼저, 그다음 하루 한도까지 새 카드. 답은 하나씩 곧바로 저장됩니다."})
public class StudyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "Grade typed answers by the exam's rule: no typo tolerance.")
    boolean strict;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the choice order (reproduces a shuffle).")
    Long seed;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        try (Services s = Services.open(root)) {
            Instant now = s.clock.instant();
            Map<String, Memory> memories = s.db.memories();
            StudyQueue queue = QueueBuilder.build(s.content.cards(), memories, now, s.day(), DailyRules.limits(s.day(), now, s.settings.newPerDay(), s.settings.reviewsPerDay(),
                    new DbLog(s.db)));
            Checker checker = s.checker(strict);
            DailyRules.Window today = DailyRules.Window.of(s.day(), now);
            var cap = new AnswerLog.NewCardCap(today.start(), today.end(), s.settings.newPerDay());
            AnswerPath path = new AnswerPath(s.scheduler(), new DbSink(s.db, ReviewRow.STUDY, cap), SchedulePolicy.SCHEDULE);
            StudySession session = new StudySession(s.content.byId(), memories, queue, path, checker,
                    seed != null ? seed : now.toEpochMilli());
            java.time.Duration took = run(root, s, session);
            new SessionSummary(s.lang(), s.style()).print(root.out(), session, took, s.clock.instant(), s.day());
        }
        return 0;
    }

    private java.time.Duration run(Gradcards root, Services s, StudySession session) {
        java.time.Duration[] took = {java.time.Duration.ZERO};
        Consoles.with(root, c -> took[0] = new StudyLoop(session, c, s.clock, s.lang(), s.style(),
                DemoLines.provider(root.demos(), s.lang(), s.style())).run());
        return took[0];
    }
}
