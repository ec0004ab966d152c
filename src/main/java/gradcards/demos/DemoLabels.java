package gradcards.demos;

import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human labels, in both languages, for the raw metric keys of demos.md §5 ({@code he__out_std} → "He: output std" /
 * "He: 출력 표준편차") and for the arm labels of charts and curves ("no clipping" → "클리핑 없음"). Screens show these;
 * JSON, exports and the measurements file keep the raw keys.
 */
public final class DemoLabels {
    /** Whole keys with their own label, per demo ("D07.std_d_h1/h5") or for any demo ("gnorm"). */
    private static final Map<String, Text> WHOLE = new LinkedHashMap<>();
    /** Arm prefixes per demo ("D14.noclip_" → "no clipping"), longest tried first. */
    private static final Map<String, Text> ARMS = new LinkedHashMap<>();
    /** Quantities a key ends with, after its arm prefix. */
    private static final Map<String, Text> QUANTITIES = new LinkedHashMap<>();
    private static final Pattern AT_STEP = Pattern.compile("(.+)@(\\d+|end|best|stop)");

    static {
        quantity("w_ratio", "W 기울기 비율", "W-grad ratio");
        quantity("d_ratio", "δ 비율", "δ ratio");
        quantity("gnorm", "기울기 노름", "grad norm");
        quantity("sat_frac", "포화 비율", "saturated share");
        quantity("mean_dact", "평균 도함수", "mean act′");
        quantity("dead_frac", "죽은 유닛 비율", "dead units");
        quantity("dead_at_init", "처음 죽은 비율", "dead at init");
        quantity("dead_after", "끝에 죽은 비율", "dead after");
        quantity("zero_grad_units", "기울기 0 유닛", "zero-grad units");
        quantity("diverged", "발산", "diverged");
        quantity("loss", "손실", "loss");
        quantity("final_loss", "최종 손실", "final loss");
        quantity("acc", "정확도", "accuracy");
        quantity("out_std", "출력 표준편차", "output std");
        quantity("val_loss", "검증 손실", "val loss");
        quantity("|W|", "‖W‖", "‖W‖");
        quantity("frac|w|<1e-3", "|w|<1e-3 비율", "share |w|<1e-3");
        quantity("w1_norm", "1층 기울기 노름", "layer-1 grad norm");
        quantity("success(<0.3)", "성공 (손실<0.3)", "success (loss<0.3)");
        quantity("slope_min", "기울기 a 최소", "slope a, min");
        quantity("slope_max", "기울기 a 최대", "slope a, max");
        quantity("per_layer_d_factor", "층마다 δ 배율", "δ factor per layer");

        whole("D01.max_d_sigmoid", "σ′ 최댓값", "max σ′");
        whole("D01.argmax_d_sigmoid", "σ′ 최대 위치 z", "σ′ peaks at z");
        whole("D01.max_d_tanh", "tanh′ 최댓값", "max tanh′");
        whole("D01.argmax_d_tanh", "tanh′ 최대 위치 z", "tanh′ peaks at z");
        whole("D01.max_d_relu", "ReLU′ 최댓값", "max ReLU′");
        whole("D01.relu_d_values", "ReLU′ 값의 가짓수", "ReLU′ distinct values");
        whole("D01.bound_ratio_max", "δ ÷ 층별 상한, 최대", "δ ÷ layer bound, max");
        whole("D01.delta_ratio", "δ 비율 δ₁/δ₁₀", "δ ratio δ₁/δ₁₀");
        whole("D01.bound_0.25^9*prod||W||", "상한 0.25⁹·Π‖W‖", "bound 0.25⁹·Π‖W‖");
        arm("D01", "xor_perceptron_", "XOR 단층", "XOR 1 unit");
        arm("D01", "xor_mlp_", "XOR 은닉층", "XOR MLP");
        arm("D03", "tanh_xavier_", "tanh+Xavier", "tanh+Xavier");
        arm("D03", "tanh_N(0,1)_", "tanh+N(0,1)", "tanh+N(0,1)");
        arm("D03", "tanh_standard_", "tanh+표준균등", "tanh+standard");
        arm("D05", "leaky_relu_", "Leaky", "leaky");
        arm("D05", "prelu_", "PReLU", "PReLU");
        arm("D05", "relu_", "ReLU", "ReLU");
        arm("D06", "sigmoid_", "시그모이드", "sigmoid");
        arm("D06", "relu_", "ReLU", "ReLU");
        whole("D06.relu_gnorm_small/he", "ReLU 기울기 노름 ÷ He", "ReLU grad norm ÷ He");
        whole("D07.std_d_h1/h5", "표준균등: δ h1÷h5", "standard: δ h1÷h5");
        whole("D07.xav_d_h1/h5", "Xavier: δ h1÷h5", "Xavier: δ h1÷h5");
        whole("D07.std_w_h2/h5", "표준균등: W 기울기 h2÷h5", "standard: W-grad h2÷h5");
        whole("D07.xav_w_h2/h5", "Xavier: W 기울기 h2÷h5", "Xavier: W-grad h2÷h5");
        arm("D08", "xav_", "Xavier", "Xavier");
        arm("D08", "he__", "He", "He");
        arm("D09", "plain_", "BN 없음", "no BN");
        arm("D09", "bn_", "BN", "BN");
        whole("D10.sig10_w_ratio_p0", "드롭아웃 0: 깊은 망 W 비율", "dropout 0: deep W-ratio");
        whole("D10.sig10_w_ratio_p0.5", "드롭아웃 0.5: 깊은 망 W 비율", "dropout 0.5: deep W-ratio");
        for (String p : List.of("0.0", "0.5")) {
            whole("D10.p" + p + "_diverged", "드롭아웃 " + p + ": 발산", "dropout " + p + ": diverged");
            whole("D10.val_loss_p" + p, "드롭아웃 " + p + ": 검증 손실", "dropout " + p + ": val loss");
            whole("D10.val_acc_p" + p, "드롭아웃 " + p + ": 검증 정확도", "dropout " + p + ": val accuracy");
            whole("D10.train_loss_p" + p, "드롭아웃 " + p + ": 학습 손실", "dropout " + p + ": train loss");
        }
        whole("D11.sig10_none_w_ratio@100", "무규제: 깊은 망 W 비율", "no penalty: deep W-ratio");
        whole("D11.sig10_l2_w_ratio@100", "L2: 깊은 망 W 비율", "L2: deep W-ratio");
        arm("D11", "sig10_none_", "깊은 망 무규제", "deep, no penalty");
        arm("D11", "sig10_l2_", "깊은 망 L2", "deep, L2");
        arm("D11", "none_", "무규제", "no penalty");
        arm("D11", "l2_", "L2", "L2");
        arm("D11", "l1_", "L1", "L1");
        whole("D12.relu_diverged", "발산", "diverged");
        whole("D12.best_step", "가장 좋은 단계", "best step");
        whole("D12.val@best", "가장 좋을 때 검증 손실", "val loss at best");
        whole("D12.stop_step", "멈춘 단계", "stop step");
        whole("D12.val@stop", "멈출 때 검증 손실", "val loss at stop");
        whole("D12.val@600", "600단계 검증 손실", "val loss @600");
        whole("D12.train@600", "600단계 학습 손실", "train loss @600");
        arm("D13", "rand_", "무작위 초기화", "random init");
        arm("D13", "pre_", "사전학습", "pre-trained");
        whole("D14.gnorm_x2/gnorm_he", "기울기 노름 2×He÷He", "grad norm 2×He ÷ He");
        arm("D14", "noclip_", "클리핑 없음", "no clip");
        arm("D14", "clip1_", "클리핑 1.0", "clip 1.0");
        arm("D15", "plain_", "일반", "plain");
        arm("D15", "res_", "잔차", "residual");
    }

    private DemoLabels() {
    }

    private static void quantity(String key, String ko, String en) {
        QUANTITIES.put(key, Text.of(ko, en));
    }

    private static void whole(String key, String ko, String en) {
        WHOLE.put(key, Text.of(ko, en));
    }

    private static void arm(String demo, String prefix, String ko, String en) {
        ARMS.put(demo + "." + prefix, Text.of(ko, en));
    }

    /** The label of a metric of the given demo (an id such as "D14", or "custom"); the raw key when none is known. */
    public static Text metric(String demo, String key) {
        Text t = WHOLE.get(demo + "." + key);
        if (t != null) return t;
        t = plain(key);
        if (t != null) return t;
        for (var e : ARMS.entrySet()) {
            String prefix = e.getKey().substring(e.getKey().indexOf('.') + 1);
            if (e.getKey().startsWith(demo + ".") && key.startsWith(prefix)) {
                Text q = plain(key.substring(prefix.length()));
                if (q != null) return Text.of(e.getValue().ko() + ": " + q.ko(), e.getValue().en() + ": " + q.en());
            }
        }
        return Text.of(key, key);
    }

    /** Whether the demo's metric has a label of its own (not the raw key). */
    public static boolean known(String demo, String key) {
        return !metric(demo, key).en().equals(key) || QUANTITIES.containsKey(key);
    }

    /** A quantity, optionally "@step": "loss@150" → "150단계 손실" / "loss, step 150". */
    private static Text plain(String key) {
        Text q = QUANTITIES.get(key);
        if (q != null) return q;
        Matcher m = AT_STEP.matcher(key);
        if (!m.matches() || !QUANTITIES.containsKey(m.group(1))) return null;
        q = QUANTITIES.get(m.group(1));
        String at = m.group(2);
        if (at.equals("end")) return Text.of("학습 후 " + q.ko(), q.en() + " at the end");
        return Text.of(at + "단계 " + q.ko(), q.en() + " @" + at);
    }

    private static final List<String[]> ARM_WORDS = List.of(
            new String[] {"^no clipping$", "클리핑 없음"},
            new String[] {"^clip ([0-9.]+)$", "클리핑 $1"},
            new String[] {"^train$", "학습"},
            new String[] {"^val \\(every (\\d+) steps\\)$", "검증 ($1단계마다)"},
            new String[] {"^random init$", "무작위 초기화"},
            new String[] {"^pre-trained$", "사전학습"},
            new String[] {", plain$", ", 잔차 없음"},
            new String[] {", residual$", ", 잔차 연결"},
            new String[] {"dropout ([0-9.]+)", "드롭아웃 $1"},
            new String[] {"depth (\\d+)", "깊이 $1"},
            new String[] {", none\\b", ", 규제 없음"},
            new String[] {", l2\\b", ", L2"},
            new String[] {", l1\\b", ", L1"},
            new String[] {"\\bstep (\\d+)", "$1단계"},
            new String[] {"\\bleaky_relu\\b", "Leaky ReLU"},
            new String[] {"\\+ standard$", "+ 표준균등"});

    /**
     * An arm label of a chart or curve in the learner's language: activation and init names stay as they are, the
     * words around them are translated ("relu + He, step 50" → "relu + He, 50단계", "no clipping" → "클리핑 없음").
     */
    public static String arm(String label, Lang lang) {
        if (lang != Lang.KO) return label;
        String out = label;
        for (String[] w : ARM_WORDS) out = out.replaceAll(w[0], w[1]);
        return out;
    }
}
