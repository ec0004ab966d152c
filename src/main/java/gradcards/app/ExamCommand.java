package gradcards.app;

import gradcards.error.UserError;
import gradcards.exam.ExamDraw;
import gradcards.exam.ExamQuestion;
import gradcards.exam.ExamResult;
import gradcards.exam.MockExam;
import gradcards.i18n.Text;
import gradcards.render.ExamReportJson;
import gradcards.render.ExamView;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.store.ExamRecords;
import gradcards.store.ReviewRow;
import gradcards.study.AnswerPath;
import gradcards.study.AnswerText;
import gradcards.study.QuizScheduling;
import gradcards.ui.DemoLines;
import gradcards.ui.ExamLoop;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards exam`: a mock written exam under the real rules (4-choice, timed, pass rule per subject). */
@Command(name = "exam", mixinStandardHelpOptions = true, description = {
    "Mock written exam: 4-choice questions drawn across subjects 3 and 4 in proportion to the bank, timed",
    "(1.5 minutes a question, as the real exam), no feedback until you submit. Pass: every subject ≥ 40 %%",
    "and the average ≥ 60 %%. Keys: 1–4 answer · n/Enter next · p previous · g go to · f flag · x clear · s submit.",
    "Scripted (stdin not a terminal): one line per question (1–4, or empty to leave it blank); end of input submits.",
    "Answers are saved as reviews (mode exam): a studied card gets an early review, a new card stays new.",
    "모의고사: 실제 필기처럼 4지선다, 시간 제한(문항당 1.5분), 제출 전에는 채점 없음. 합격: 과목마다 40%% 이상, 평균 60%% 이상.",
    "키: 1–4 답 · n/Enter 다음 · p 이전 · g 번호로 · f 표시 · x 지우기 · s 제출."})
public class ExamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin(name = "round")
    RoundOptions round = new RoundOptions();

    @Option(names = "--minutes", paramLabel = "M", description = "Time limit in minutes (default 1.5 a question).")
    Double minutes;

    @Override
    public Integer call() {
        round.checkCount();
        if (minutes != null && !(minutes > 0 && minutes <= 600)) throw new UserError(Text.of(
                "--minutes는 0보다 크고 600 이하여야 합니다 (입력: " + minutes + ")",
                "--minutes must be more than 0 and at most 600 (got " + minutes + ")"));
        Gradcards root = Gradcards.root(spec);
        if (round.report != null) ReportFiles.check(round.report, root.options().dbPath(root.env()), round.force);
        try (Services s = Services.open(root)) {
            Instant start = s.clock.instant();
            List<ExamQuestion> questions = ExamDraw.draw(s.content.cards(), round.count, round.seedOr(start.toEpochMilli()));
            if (questions.isEmpty()) throw new UserError(Text.of("덱에 4지선다 문제가 없습니다",
                    "the decks have no 4-choice questions"));
            double m = minutes != null ? minutes : questions.size() * ExamDraw.MINUTES_PER_QUESTION;
            MockExam exam = new MockExam(questions, start, Duration.ofSeconds(Math.round(m * 60)));
            List<String> kept = new ArrayList<>();
            Map<String, Memory> shown = s.db.memories();
            Consoles.with(root, c -> {
                ExamLoop loop = new ExamLoop(exam, c, s.clock, s.lang(), s.style(),
                        DemoLines.provider(root.demos(), s.lang(), s.style()));
                ExamLoop.Ending e = loop.sit();
                save(s, e.result(), shown);
                if (round.report != null) ReportFiles.write(round.report, root.options().dbPath(root.env()), round.force, ExamReportJson.text(e.result(), s.lang()));
                if (c.redraws()) kept.addAll(new ExamView(s.lang(), s.style(), c.width()).result(e.result(), e.timedOut()));
                loop.review(e);
            });
            for (String l : kept) root.out().println(l); // the result stays in the terminal after the full screen closes
            root.out().flush();
        }
        return 0;
    }

    /**
     * Saves every answer through the answer path that study and quiz use (each read-compute-write in one immediate
     * transaction, the quiz rule: a studied card gets an early review, a new card stays new, --no-schedule touches no
     * card), then the history row. Answers are written at submit because only then are they answers: until the
     * paper is submitted the learner may change any of them, and nothing is graded.
     */
    private void save(Services s, ExamResult r, Map<String, Memory> shown) {
        Instant at = s.clock.instant();
        AnswerPath path = new AnswerPath(s.scheduler(), new DbSink(s.db, ReviewRow.EXAM, null),
                QuizScheduling.policy(round.noSchedule));
        for (ExamResult.Row row : r.rows()) {
            String id = row.question().card().id();
            String given = row.given() == null ? "" : AnswerText.choice(row.question().order(), row.given());
            path.give(id, shown.get(id), row.correct() ? Rating.GOOD : Rating.AGAIN, at, 0, given);
        }
        String subjects = r.subjects().entrySet().stream().map(e -> "\"" + e.getKey() + "\": {\"total\": "
                + e.getValue().total() + ", \"score\": " + e.getValue().score() + "}").collect(Collectors.joining(", ", "{", "}"));
        s.db.exams().saveHistory(new ExamRecords.History("exam", at, r.total(), r.score(), r.used().toSeconds(),
                r.pass(), subjects));
    }
}
