package gradcards.app;

import gradcards.i18n.Lang;
import gradcards.ui.Style;
import java.util.List;
import java.util.function.BiFunction;

/** Runs a card's demo from inside a session and returns its chart and verdict as lines. */
final class DemoLines {
    private DemoLines() {
    }

    /** (demo id, width) → lines; null while the demo catalogue is not available. */
    static BiFunction<String, Integer, List<String>> provider(Lang lang, Style style) {
        return null;
    }
}
