package gradcards.app;

import gradcards.i18n.Lang;
import gradcards.trainer.demo.Demo;
import gradcards.trainer.demo.Progress;
import gradcards.ui.Style;
import gradcards.ui.demo.DemoView;
import java.util.List;
import java.util.function.BiFunction;

/** Runs a card's demo from inside a session (seed 0) and returns its chart and verdict as lines. */
final class DemoLines {
    private DemoLines() {
    }

    /** (demo id, width) → the demo's chart and verdict lines, or a one-line note when the id is unknown. */
    static BiFunction<String, Integer, List<String>> provider(Lang lang, Style style) {
        return (id, width) -> DemoBackend.current().demos().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(d -> render(d, lang, width, style))
                .orElse(List.of(lang.t("  데모 " + id + "를 찾을 수 없습니다", "  demo " + id + " is not in the catalogue")));
    }

    private static List<String> render(Demo demo, Lang lang, int width, Style style) {
        return DemoView.render(demo.run(0, Progress.NONE), demo, lang, width, style);
    }
}
