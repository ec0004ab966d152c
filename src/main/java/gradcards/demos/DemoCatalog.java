package gradcards.demos;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The demo catalogue D01–D15, in order. */
public final class DemoCatalog {
    private static final List<Demo> ALL = List.of(new D01Derivatives(), new D02SigmoidDepth(),
            new D03TanhSaturation(), new D04ReluHe(), new D05DyingRelu(), new D06SmallInit(), new D07GlorotTanh(),
            new D08DeepReluInit(), new D09BatchNorm(), new D10Dropout(), new D11Regularisation(),
            new D12EarlyStopping(), new D13Pretraining(), new D14Exploding(), new D15Residual());

    private DemoCatalog() {
    }

    /** Every demo, D01 first. */
    public static List<Demo> all() {
        return ALL;
    }

    /** The demo with the id ("D02", "d2" and "2" all work), if any. */
    public static Optional<Demo> byId(String id) {
        String s = id.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("D")) s = s.substring(1);
        try {
            String key = String.format(Locale.ROOT, "D%02d", Integer.parseInt(s));
            return ALL.stream().filter(d -> d.id().equals(key)).findFirst();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
