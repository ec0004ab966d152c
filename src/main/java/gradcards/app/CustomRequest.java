package gradcards.app;

import gradcards.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A custom experiment as given on the command line (validated ranges; activation and init as the trainer's codes).
 * clip is 0 for no clipping; optimizer is "sgd" or "adam"; data is "spirals" or "teacher".
 */
public record CustomRequest(int depth, int width, String activation, String init, boolean batchnorm, double dropout,
                            double l1, double l2, double clip, boolean residual, String optimizer, int steps,
                            double lr, long seed, String data) {

    /** A one-line description such as "custom · depth 10 × 32 · relu · he_normal · sgd lr 0.01 · 100 steps · spirals". */
    public Text heading() {
        return Text.of(String.join(" · ", parts("사용자 정의", "깊이 ", "단계 ")),
                String.join(" · ", parts("custom", "depth ", "steps ")));
    }

    private List<String> parts(String custom, String depthWord, String stepsWord) {
        List<String> p = new ArrayList<>(List.of(custom, depthWord + depth + " × " + width, activation, init));
        if (batchnorm) p.add("batchnorm");
        if (residual) p.add("residual");
        if (dropout > 0) p.add("dropout " + num(dropout));
        if (l1 > 0) p.add("l1 " + num(l1));
        if (l2 > 0) p.add("l2 " + num(l2));
        if (clip > 0) p.add("clip " + num(clip));
        p.add(optimizer + " lr " + num(lr));
        p.add(stepsWord + steps);
        p.add(data);
        return p;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v) : v);
    }
}
