package gradcards.ui;

import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.demos.Progress;
import gradcards.i18n.Lang;
import gradcards.render.DemoView;
import gradcards.render.Style;
import java.util.List;
import java.util.function.BiFunction;

/** Runs a card's demo from inside a session (seed 0) and returns its chart and verdict as lines. */
public final class DemoLines {
    private DemoLines() {
    }

    /** (demo id, width) → the demo's chart and verdict lines, or a one-line note when the id is unknown. */
    public static BiFunction<String, Integer, List<String>> provider(DemoBackend demos, Lang lang, Style style) {
        return (id, width) -> demos.demos().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(d -> render(d, lang, width, style))
                .orElse(List.of(lang.t("  데모 " + id + "를 찾을 수 없습니다", "  demo " + id + " is not in the catalogue")));
    }

    private static List<String> render(Demo demo, Lang lang, int width, Style style) {
        return DemoView.render(demo.run(0, Progress.NONE), demo, lang, width, style);
    }
}
