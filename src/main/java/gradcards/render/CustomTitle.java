package gradcards.render;

import gradcards.demos.CustomSpec;
import gradcards.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** The heading of a custom experiment, e.g. "custom · depth 10 × 32 · relu · he_normal · sgd lr 0.1 · steps 100 · spirals". */
public final class CustomTitle {
    private CustomTitle() {
    }

    /** The heading in both languages, naming only the options that are switched on. */
    public static Text of(CustomSpec spec) {
        return Text.of(String.join(" · ", parts(spec, "사용자 정의", "깊이 ", "단계 ")),
                String.join(" · ", parts(spec, "custom", "depth ", "steps ")));
    }

    private static List<String> parts(CustomSpec s, String custom, String depthWord, String stepsWord) {
        List<String> p = new ArrayList<>(List.of(custom, depthWord + s.depth() + " × " + s.width(), s.activation(), s.init()));
        if (s.batchnorm()) p.add("batchnorm");
        if (s.residual()) p.add("residual");
        if (s.dropout() > 0) p.add("dropout " + Num.metric(s.dropout()));
        if (s.l1() > 0) p.add("l1 " + Num.metric(s.l1()));
        if (s.l2() > 0) p.add("l2 " + Num.metric(s.l2()));
        if (s.clip() > 0) p.add("clip " + Num.metric(s.clip()));
        p.add(s.optimizer() + " lr " + Num.metric(s.lr()));
        p.add(stepsWord + s.steps());
        p.add(s.data());
        return p;
    }
}
