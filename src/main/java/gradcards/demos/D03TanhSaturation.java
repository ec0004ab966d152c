package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.Probe;
import java.util.List;

/**
 * D03: tanh at depth 10 at initialisation. Xavier: the δ ratio stays near 1. Standard init U(±1/√n) (weights too
 * small): δ vanishes (ratio about 6e-3) with no unit saturated, mean tanh′ ≈ 1 — the small weights do it. N(0,1)
 * weights: half the units saturate (mean tanh′ ≈ 0.26) yet δ grows about 1000× toward the input: large weights
 * explode. No zero-bias tanh init shows saturation making δ vanish at step 0.
 */
final class D03TanhSaturation extends BaseDemo {

    D03TanhSaturation() {
        super("D03", Text.of("tanh: 시그모이드보다 낫지만 큰 가중치에서는 포화", "tanh beats sigmoid but saturates with large weights"),
                List.of("S11", "B13", "S12"), 0.01);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Probe xav = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.TANH, Init.XAVIER), seed, DemoKit.SPIRALS);
        Probe big = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.TANH, Init.normal(1.0)), seed, DemoKit.SPIRALS);
        Probe small = DemoKit.atInit(DemoKit.spiral(10, 32, Activation.TANH, Init.STANDARD), seed, DemoKit.SPIRALS);
        out.metric("tanh_xavier_d_ratio", xav.dRatio());
        out.metric("tanh_xavier_w_ratio", xav.wRatio());
        out.metric("tanh_xavier_sat_frac", xav.satFrac());
        out.metric("tanh_xavier_mean_dact", xav.meanDact());
        out.metric("tanh_N(0,1)_sat_frac", big.satFrac());
        out.metric("tanh_N(0,1)_mean_dact", big.meanDact());
        out.metric("tanh_N(0,1)_d_ratio", big.dRatio());
        out.metric("tanh_standard_d_ratio", small.dRatio());
        out.metric("tanh_standard_sat_frac", small.satFrac());
        out.metric("tanh_standard_mean_dact", small.meanDact());
        out.profile(xav.profile("tanh + Xavier"));
        out.profile(big.profile("tanh + N(0,1)"));
        out.profile(small.profile("tanh + standard"));
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.atInit(DemoKit.spiral(10, 32, Activation.TANH, Init.normal(1.0)), DemoKit.SPIRALS);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String d = Fmt.num(m.get("tanh_xavier_d_ratio"));
        String sd = Fmt.num(m.get("tanh_standard_d_ratio"));
        String sdact = Fmt.num(m.get("tanh_standard_mean_dact"));
        String sat = Fmt.pct(m.get("tanh_N(0,1)_sat_frac"));
        String dact = Fmt.num(m.get("tanh_N(0,1)_mean_dact"));
        String big = Fmt.num(m.get("tanh_N(0,1)_d_ratio"));
        return Text.of("tanh + Xavier: δ 비율 " + d + "(거의 줄지 않음); 작은 가중치(표준 초기화): δ 비율 " + sd + "로 소멸, 포화 없음(평균 tanh′ "
                        + sdact + "); N(0,1): 유닛의 " + sat + "가 포화(평균 tanh′ " + dact + ")인데 δ 비율 " + big
                        + " → 큰 가중치는 포화와 함께 폭주",
                "tanh + Xavier: δ ratio " + d + ", hardly shrinking; small weights (standard init): δ ratio " + sd
                        + ", vanishing with no saturation (mean tanh′ " + sdact + "); N(0,1): " + sat
                        + " of units saturate (mean tanh′ " + dact + ") yet the δ ratio is " + big
                        + " → large weights saturate and explode");
    }
}
