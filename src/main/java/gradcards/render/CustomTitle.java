package gradcards.render;

import gradcards.demos.CustomSpec;
import gradcards.i18n.Num;
import gradcards.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** The heading of a custom experiment, e.g. "custom · depth 10 × 32 · relu · he_normal · sgd lr 0.1 · steps 100 · spirals". */
public final class CustomTitle {
    private CustomTitle() {
    }

    /** The heading in both languages, naming only the options that are switched on (option values stay as typed). */
    public static Text of(CustomSpec spec) {
        return Text.of(String.join(" · ", parts(spec, gradcards.i18n.Lang.KO)), String.join(" · ", parts(spec, gradcards.i18n.Lang.EN)));
    }

    /** The data set's name on screen: the option value in English, a Korean name in Korean. */
    public static Text data(String data) {
        return switch (data) {
            case "spirals" -> Text.of("나선 데이터", "spirals");
            case "teacher" -> Text.of("교사망 데이터", "teacher");
            default -> Text.of(data, data);
        };
    }

    private static List<String> parts(CustomSpec s, gradcards.i18n.Lang l) {
        boolean ko = l == gradcards.i18n.Lang.KO;
        List<String> p = new ArrayList<>(List.of(ko ? "사용자 정의" : "custom",
                (ko ? "깊이 " : "depth ") + s.depth() + " × " + s.width(), s.activation(), s.init()));
        if (s.batchnorm()) p.add(ko ? "배치 정규화" : "batchnorm");
        if (s.residual()) p.add(ko ? "잔차 연결" : "residual");
        if (s.dropout() > 0) p.add((ko ? "드롭아웃 " : "dropout ") + Num.metric(s.dropout()));
        if (s.l1() > 0) p.add("l1 " + Num.metric(s.l1()));
        if (s.l2() > 0) p.add("l2 " + Num.metric(s.l2()));
        if (s.clip() > 0) p.add((ko ? "클리핑 " : "clip ") + Num.metric(s.clip()));
        p.add(s.optimizer() + " lr " + Num.metric(s.lr()));
        p.add((ko ? "단계 " : "steps ") + s.steps());
        p.add(data(s.data()).in(l));
        return p;
    }
}
