package gradcards.ui;

import gradcards.content.ContentLoader;
import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.demos.Progress;
import gradcards.i18n.Lang;
import gradcards.render.DemoView;
import gradcards.render.Style;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs a card's demo from inside a session (seed 0) and returns its chart and verdict as lines, with the committed
 * 10-seed medians the cards quote beside seed 0's values.
 */
public final class DemoLines {
    private DemoLines() {
    }

    /** (demo id, width) → the demo's chart and verdict lines, or a one-line note when the id is unknown. */
    public static BiFunction<String, Integer, List<String>> provider(DemoBackend demos, Lang lang, Style style) {
        return (id, width) -> demos.byId(id)
                .map(d -> render(d, lang, width, style))
                .orElse(List.of(lang.t("  데모 " + gradcards.i18n.Counted.Particle.OBJECT.after(id) + " 찾을 수 없습니다", "  demo " + id + " is not in the catalogue")));
    }

    /** The screen in the rows a session leaves it: {@link DemoView#HEIGHT} (the keys line and one spare row below). */
    private static List<String> render(Demo demo, Lang lang, int width, Style style) {
        var run = demo.run(0, Progress.NONE);
        return DemoView.screen(DemoView.heading(demo), List.of(run), demo.verdict(run), true,
                ContentLoader.bundledMeasurements(), new DemoView.Frame(lang, width, DemoView.HEIGHT, style));
    }
}
