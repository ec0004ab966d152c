package gradcards.render;

import gradcards.i18n.Lang;
import gradcards.srs.Rating;

/** The names of the four ratings in both languages. */
public final class RatingLabels {
    private RatingLabels() {
    }

    public static String name(Rating r, Lang lang) {
        switch (r) {
            case AGAIN: return lang.t("다시", "Again");
            case HARD: return lang.t("어려움", "Hard");
            case GOOD: return lang.t("알맞음", "Good");
            default: return lang.t("쉬움", "Easy");
        }
    }
}
