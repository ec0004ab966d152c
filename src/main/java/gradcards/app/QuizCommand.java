package gradcards.app;

import gradcards.content.Card;
import gradcards.content.CardType;
import gradcards.content.Topic;
import gradcards.error.UserError;
import gradcards.i18n.Text;
import gradcards.store.ReviewRow;
import gradcards.study.AnswerPath;
import gradcards.study.Checker;
import gradcards.study.Quiz;
import gradcards.study.QuizScheduling;
import gradcards.ui.DemoLines;
import gradcards.ui.QuizLoop;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards quiz`: an exam-style self-check round with a score, a breakdown and the explanations of wrong answers. */
@Command(name = "quiz", mixinStandardHelpOptions = true, description = {
    "Self-check: N exam-style questions (4-choice, O/X, short answer, cloze) answered without feedback,",
    "then the score by topic and subject and a walk through the wrong answers with explanations.",
    "Answers are saved as reviews (mode quiz): a card you are studying gets an early review; a new card stays new",
    "and uses no new-card limit; --no-schedule leaves every card untouched. --wrong drills the wrong-answer notebook.",
    "Typed answers: whatever you type is graded; to quit press Enter on an empty line, then q (scripted: a line q).",
    "실력 점검: 시험형 문제를 채점 없이 풀고, 끝에 주제·과목별 점수와 틀린 문제 해설을 봅니다.",
    "답 입력 칸에 입력한 것은 모두 답으로 채점됩니다. 끝내려면 빈 줄에서 Enter를 누른 뒤 q 키를 누릅니다."})
public class QuizCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin(name = "round")
    RoundOptions round = new RoundOptions();

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Only these types: mcq, ox, short, cloze.")
    List<String> types;

    @Option(names = "--topic", paramLabel = "TOPIC", split = ",",
            description = "Only these topics: definition, cause, remedy, exploding, history.")
    List<String> topics;

    @Option(names = "--subject", paramLabel = "3|4", description = "Only exam subject 3 or 4.")
    Integer subject;

    @Option(names = "--strict", description = "Grade typed answers by the exam's rule: no typo tolerance.")
    boolean strict;

    @Option(names = "--wrong", description = "Only cards in the wrong-answer notebook (see gradcards wrong).")
    boolean wrong;

    @Override
    public Integer call() {
        round.checkCount();
        Gradcards root = Gradcards.root(spec);
        if (round.report != null) ReportFiles.check(round.report, root.options().dbPath(root.env()), round.force);
        try (Services s = Services.open(root)) {
            java.util.Set<String> notebook = new java.util.HashSet<>();
            s.db.exams().wrongNotes().forEach(n -> notebook.add(n.cardId()));
            if (wrong && notebook.isEmpty()) throw new UserError(Text.of("오답 노트가 비어 있습니다 (틀린 카드가 없음)",
                    "the wrong-answer notebook is empty (no card answered wrongly yet)"));
            List<Card> pool = s.content.cards().stream().filter(this::wanted)
                    .filter(c -> !wrong || notebook.contains(c.id())).toList();
            long draw = round.seedOr(s.clock.instant().toEpochMilli());
            var questions = Quiz.draw(pool, round.count, draw);
            if (questions.isEmpty()) throw new UserError(Text.of(
                    "조건에 맞는 문제가 없습니다 (--type, --topic, --subject를 넓히세요)",
                    "no question matches these filters (loosen --type, --topic or --subject)"));
            Checker checker = s.checker(strict);
            AnswerPath path = new AnswerPath(s.scheduler(), new DbSink(s.db, ReviewRow.QUIZ, null),
                    QuizScheduling.policy(round.noSchedule)); // issue 8: New stays New
            Quiz quiz = new Quiz(questions, s.db.memories(), path, checker);
            List<String> kept = new java.util.ArrayList<>();
            Consoles.with(root, c -> {
                QuizLoop loop = new QuizLoop(quiz, c, s.clock, s.lang(), s.style(),
                        DemoLines.provider(root.demos(), s.lang(), s.style()));
                boolean finished = loop.run();
                if (finished) {
                    s.db.exams().saveHistory(new gradcards.store.ExamRecords.History("quiz", s.clock.instant(),
                            quiz.size(), quiz.right(), loop.took().toSeconds(),
                            quiz.right() >= gradcards.render.QuizReportJson.PASS * quiz.size() - 1e-9, "{}"));
                }
                if (round.report != null) ReportFiles.write(round.report, root.options().dbPath(root.env()), round.force, gradcards.render.QuizReportJson.text(quiz.answered(),
                        loop.took().toSeconds(), s.lang()));
                if (c.redraws()) kept.addAll(loop.resultLines());
            });
            for (String l : kept) root.out().println(l); // the result stays in the terminal after the full screen closes
            root.out().flush();
        }
        return 0;
    }

    private boolean wanted(Card c) {
        if (subject != null && c.info().subject() != subject) return false;
        if (types != null && types.stream().map(t -> CardType.fromCode(t.toLowerCase(Locale.ROOT)))
                .peek(t -> check(t != null, typeChoices())).noneMatch(t -> t == c.type())) {
            return false;
        }
        return topics == null || topics.stream().map(t -> Topic.fromCode(t.toLowerCase(Locale.ROOT)))
                .peek(t -> check(t != null, Text.of("--topic은 definition, cause, remedy, exploding, history 중에서 고르세요",
                        "--topic takes definition, cause, remedy, exploding or history")))
                .anyMatch(t -> t == c.info().topic());
    }

    /** "--type takes mcq, ox, short or cloze": the graded types of the registry. */
    private static Text typeChoices() {
        List<CardType> graded = CardType.gradedTypes();
        return Text.of("--type은 " + String.join(", ", graded.stream().map(CardType::code).toList()) + " 중에서 고르세요",
                "--type takes " + CardType.codes(graded));
    }

    private static void check(boolean ok, Text problem) {
        if (!ok) throw new UserError(problem);
    }
}
