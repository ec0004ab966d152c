package gradcards.app;

import gradcards.render.WrongView;
import gradcards.store.ExamRecords;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards wrong`: the wrong-answer notebook (오답 노트). */
@Command(name = "wrong", mixinStandardHelpOptions = true, description = {
    "The wrong-answer notebook: every card answered wrongly in study, quiz or exam, until it is answered right",
    "twice in a row. Lists card, topic, times wrong, when last wrong and the last answer given.",
    "`gradcards quiz --wrong` drills these cards.",
    "오답 노트: 학습·점검·모의고사에서 틀린 카드가 들어오고, 그 뒤 연달아 두 번 맞히면 빠집니다."})
public class WrongCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the notebook as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        try (Services s = Services.open(root)) {
            List<ExamRecords.WrongNote> notes = s.db.exams().wrongNotes();
            if (json) {
                root.out().print(WrongView.json(notes, s.content.byId(), s.lang()));
            } else {
                for (String l : WrongView.table(notes, s.content.byId(), s.zone, s.lang(), s.style())) root.out().println(l);
            }
            root.out().flush();
        }
        return 0;
    }
}
