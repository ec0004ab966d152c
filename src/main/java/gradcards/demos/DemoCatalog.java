package gradcards.demos;

import java.util.List;
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

    /** The demo with the id ("D02", "d2" and "2" all work: {@link DemoId}), if any. */
    public static Optional<Demo> byId(String id) {
        return ALL.stream().filter(d -> DemoId.matches(d.id(), id)).findFirst();
    }
}
