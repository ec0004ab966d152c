package gradcards.app;

import gradcards.config.LeechRule;
import gradcards.error.UserError;
import gradcards.render.SessionSummary;
import gradcards.store.Backups;
import gradcards.store.CardFlags;
import gradcards.study.Marks;
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
    "Keys: Space/Enter reveal · 1–4 choose or rate · O/X · u undo · d demo · s suspend · b bury · ! flag ·",
    "q quit · ? help. The day's first session backs the database up first (see 'gradcards backup').",
    "Typed answers: whatever you type is graded; for commands press Enter on an empty line, then q, u or ?.",
    "When standard input is not a terminal, reads one answer per line (scripted mode; lines q, u, ? are commands).",
    "오늘의 학습: 복습할 카드 먼저, 그다음 하루 한도까지 새 카드. 답은 하나씩 곧바로 저장됩니다.",
    "답 입력 칸에 입력한 것은 모두 답으로 채점됩니다. 명령은 빈 줄에서 Enter를 누른 뒤 q, u, ? 키입니다."})
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
            dailyBackup(root, s, now);
            CardFlags flags = new CardFlags(s.db);
            Map<String, Memory> memories = s.db.memories();
            StudyQueue queue = queue(s, Marks.shown(s.content.cards(), flags.all(), now), memories, now);
            Checker checker = s.checker(strict);
            DailyRules.Window today = DailyRules.Window.of(s.day(), now);
            var cap = new AnswerLog.NewCardCap(today.start(), today.end(), s.settings.newPerDay());
            AnswerPath path = new AnswerPath(s.scheduler(), new DbSink(s.db, ReviewRow.STUDY, cap), SchedulePolicy.SCHEDULE);
            StudySession session = new StudySession(s.content.byId(), memories, queue, path, checker,
                    seed != null ? seed : now.toEpochMilli())
                    .withMarks(new DbMarks(flags), LeechRule.from(s.db.settings()), s.day());
            java.time.Duration took = run(root, s, session);
            Instant end = s.clock.instant();
            new SessionSummary(s.lang(), s.style()).print(root.out(), session, took, end, s.day(),
                    DailyRules.answersToday(s.day(), end, new DbLog(s.db))); // every mode, as overview and stats count
        }
        return 0;
    }

    /** The day's backup when the session starts (at most one a study day); a failed backup is said but does not stop study. */
    private void dailyBackup(Gradcards root, Services s, Instant now) {
        try {
            new Backups(s.db, root.options().dbPath(root.env())).daily(now, s.day()::dateOf);
        } catch (UserError e) {
            spec.commandLine().getErr().println("gradcards: " + s.lang().t("오늘의 백업을 만들지 못했습니다 (학습은 계속합니다): ",
                    "today's backup could not be made (study goes on): ") + e.message(s.lang()));
        }
    }

    /** Today's queue: the exam plan's reviews and new-card pace while an exam date lies ahead, else plain FSRS. */
    private static StudyQueue queue(Services s, java.util.List<gradcards.content.Card> cards, Map<String, Memory> memories,
                                     Instant now) {
        DbLog log = new DbLog(s.db);
        QueueBuilder.Limits limits = DailyRules.limits(s.day(), now, s.settings.newPerDay(), s.settings.reviewsPerDay(), log);
        var exam = gradcards.config.SettingKey.examDate(s.db.settings());
        if (exam.isPresent()) {
            DailyRules.Window w = DailyRules.Window.of(s.day(), now);
            var plan = gradcards.exam.ExamOutlook.of(cards, memories, w.date(), exam.get(), s.day(),
                    s.scheduler().weights(), OverviewNumbers.examLimits(s, w,
                            gradcards.config.SettingKey.examRetention(s.db.settings()), log)).plan();
            if (plan.active()) {
                return QueueBuilder.build(cards, memories, now, s.day(),
                        new QueueBuilder.Limits(plan.newLeft(), limits.reviewsLeft()), plan.todayReviews());
            }
        }
        return QueueBuilder.build(cards, memories, now, s.day(), limits);
    }

    private java.time.Duration run(Gradcards root, Services s, StudySession session) {
        java.time.Duration[] took = {java.time.Duration.ZERO};
        Consoles.with(root, c -> took[0] = new StudyLoop(session, c, s.clock, s.lang(), s.style(),
                DemoLines.provider(root.demos(), s.lang(), s.style())).run());
        return took[0];
    }
}
