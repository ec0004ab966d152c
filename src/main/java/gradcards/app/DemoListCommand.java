package gradcards.app;

import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.i18n.Lang;
import gradcards.render.Table;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `gradcards demo list`: the catalogue as a table of id, title, backed facts and expected time. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the demos: id, title, the study facts each one backs, and the expected time.",
            "데모 목록: id, 제목, 뒷받침하는 학습 사실, 예상 시간.", ""})
public class DemoListCommand implements Callable<Integer> {

    /** The width from which the facts column is shown. */
    static final int WIDE = 100;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        Lang lang = root.lang();
        int columns = DemoCommand.columns(root.env());
        // below 100 columns the facts column would make every title wrap and the list overflow 24 rows
        boolean facts = columns >= WIDE;
        Table table = facts ? new Table(List.of("id", lang.t("제목", "title"), lang.t("사실", "facts"),
                lang.t("시간", "time")), 1, false, false, false, true)
                : new Table(List.of("id", lang.t("제목", "title"), lang.t("시간", "time")), 1, false, false, true);
        for (Demo d : root.demos().demos()) {
            String time = seconds(d.expectedSeconds());
            table.add(facts ? List.of(d.id(), d.title().in(lang), String.join(" ", d.facts()), time)
                    : List.of(d.id(), d.title().in(lang), time));
        }
        table.render(columns, DemoCommand.style(root)).forEach(root.out()::println);
        root.out().println(" " + DemoCommand.style(root).dim(lang.t("실행: gradcards demo run D02", "run one: gradcards demo run D02")
                + (facts ? "" : lang.t(" · 100열 이상이면 뒷받침하는 사실 번호도 보입니다", " · at 100+ columns the facts each backs show too"))));
        return 0;
    }

    /** An expected time such as "<0.01 s", "0.45 s" or "1.1 s". */
    static String seconds(double s) {
        if (s < 0.01) return "<0.01 s";
        return String.format(Locale.ROOT, s < 1 ? "%.2f s" : "%.1f s", s);
    }
}
