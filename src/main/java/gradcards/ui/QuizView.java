package gradcards.ui;

import gradcards.content.CardInfo;
import gradcards.content.Topic;
import gradcards.i18n.Lang;
import gradcards.render.Cells;
import gradcards.render.Style;
import gradcards.study.Quiz;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quiz result screen: score, time, and bars per topic and per exam subject. */
public final class QuizView {
    private static final int BAR = 14;
    private final Lang lang;
    private final Style style;
    private final int width;

    public QuizView(Lang lang, Style style, int width) {
        this.lang = lang;
        this.style = style;
        this.width = Math.max(40, width);
    }

    /** The header shown above each question. */
    public String header(int index, int size) {
        return " " + style.bold(lang.t("실력 점검", "Self-check")) + " · " + (index + 1) + "/" + size
                + style.dim(lang.t("  (채점은 끝에)", "  (scored at the end)"));
    }

    /** The result lines. */
    public List<String> result(Quiz quiz, Duration took) {
        List<String> out = new ArrayList<>();
        int n = quiz.size();
        int right = quiz.right();
        long pct = n == 0 ? 0 : Math.round(100.0 * right / n);
        String verdict = pct >= 60 ? style.good(lang.t("✔ 합격선(60%) 이상", "✔ at or above the pass mark (60%)"))
                : style.bad(lang.t("✘ 합격선(60%) 미만", "✘ below the pass mark (60%)"));
        out.add(" " + style.bold(lang.t("점검 결과", "Result")) + "   " + right + " / " + n + "  (" + pct + "%)   "
                + time(took) + "   " + verdict);
        out.add(" " + style.dim("─".repeat(width - 2)));
        List<String> topics = bars(byTopic(quiz));
        List<String> subjects = bars(bySubject(quiz));
        for (int i = 0; i < Math.max(topics.size(), subjects.size()); i++) {
            String left = i < topics.size() ? topics.get(i) : "";
            String right2 = i < subjects.size() ? subjects.get(i) : "";
            out.add("  " + Cells.padRight(left, 34) + "  " + right2);
        }
        out.add(" " + style.dim("─".repeat(width - 2)));
        return out;
    }

    private Map<String, int[]> byTopic(Quiz quiz) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (Topic t : Topic.values()) m.put(t.label().in(lang), new int[2]);
        for (Quiz.Answered a : quiz.answered()) count(m, a.shown().card().info().topic().label().in(lang), a);
        m.values().removeIf(c -> c[1] == 0);
        return m;
    }

    private Map<String, int[]> bySubject(Quiz quiz) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (Quiz.Answered a : quiz.answered()) {
            CardInfo i = a.shown().card().info();
            count(m, lang.t(i.subject() + "과목", "subject " + i.subject()), a);
        }
        return m;
    }

    private static void count(Map<String, int[]> m, String key, Quiz.Answered a) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        if (a.outcome().correct()) c[0]++;
        c[1]++;
    }

    private List<String> bars(Map<String, int[]> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((label, c) -> {
            int filled = (int) Math.round((double) c[0] / c[1] * BAR);
            out.add(Cells.padRight(label, 11) + style.accent("█".repeat(filled)) + "░".repeat(BAR - filled)
                    + "  " + c[0] + "/" + c[1]);
        });
        return out;
    }

    private String time(Duration d) {
        long m = d.toMinutes();
        long s = d.toSecondsPart();
        return m > 0 ? lang.t(m + "분 " + s + "초", m + " min " + s + " s") : lang.t(s + "초", s + " s");
    }
}
