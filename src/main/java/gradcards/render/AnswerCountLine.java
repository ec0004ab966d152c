package gradcards.render;

import gradcards.i18n.Lang;
import gradcards.study.AnswerCounts;

/** "23 (study 20 · quiz 3 · exam 0)": today's answers and the modes the figure includes, on every screen alike. */
public final class AnswerCountLine {
    private AnswerCountLine() {
    }

    /** The total followed by its parts by mode. */
    public static String of(AnswerCounts c, Lang lang) {
        return c.total() + " " + parts(c, lang);
    }

    /** "(study 20 · quiz 3 · exam 0)" / "(학습 20 · 점검 3 · 모의고사 0)". */
    public static String parts(AnswerCounts c, Lang lang) {
        return lang.t("(학습 " + c.study() + " · 점검 " + c.quiz() + " · 모의고사 " + c.exam() + ")",
                "(study " + c.study() + " · quiz " + c.quiz() + " · exam " + c.exam() + ")");
    }
}
