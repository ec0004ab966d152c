package gradcards.trainer;

import java.util.List;

/** An update rule applied to parameters whose gradients are set. */
public sealed interface Optimizer permits Sgd, Adam {

    /** Updates every parameter in place from its gradient with learning rate lr. */
    void step(List<Param> params, double lr);

    /** A fresh optimizer by code: "sgd" (momentum 0.9) or "adam". */
    static Optimizer of(String code) {
        switch (code) {
            case "sgd": return new Sgd(0.9);
            case "adam": return new Adam();
            default: throw new IllegalArgumentException("unknown optimizer '" + code + "' (allowed: sgd, adam)");
        }
    }
}
