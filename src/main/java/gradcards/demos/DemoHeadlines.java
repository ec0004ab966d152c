package gradcards.demos;

import gradcards.i18n.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each demo's headline measurement as a short bilingual phrase for content cards to quote. The numbers are this
 * trainer's medians over seeds 0–9 (a test re-measures them, so a card never quotes a stale number).
 */
public final class DemoHeadlines {
    private static final Map<String, Headline> ALL = new LinkedHashMap<>();

    static {
        add("D01", List.of("delta_ratio"), new double[] {3.297e-06},
                "σ′ ≤ 0.25: 10층 시그모이드망의 δ₁/δ₁₀ = %s", "σ′ ≤ 0.25: a depth-10 sigmoid net has δ₁/δ₁₀ = %s");
        add("D02", List.of("w_ratio"), new double[] {3.560e-07},
                "10층 시그모이드: 1층 기울기는 출력층의 %s배", "depth-10 sigmoid: layer 1 gets %s of the output layer's gradient");
        add("D03", List.of("tanh_N(0,1)_sat_frac", "tanh_N(0,1)_mean_dact"), new double[] {0.4844, 0.2600},
                "N(0,1) 가중치의 tanh: 유닛의 %s가 포화, 평균 tanh′ %s", "tanh with N(0,1) weights: %s of units saturate, mean tanh′ %s");
        add("D04", List.of("w_ratio"), new double[] {0.2121},
                "10층 ReLU + He: 1층 기울기는 출력층의 %s배", "depth-10 ReLU + He: layer 1 gets %s of the output layer's gradient");
        add("D05", List.of("relu_zero_grad_units"), new double[] {0.3281},
                "학습률 0.5로 50단계: ReLU 유닛의 %s가 기울기 0, Leaky ReLU·PReLU는 0%%",
                "50 steps at lr 0.5: %s of ReLU units get zero gradient, leaky ReLU / PReLU 0%%");
        add("D06", List.of("relu_gnorm_small/he"), new double[] {4.012e-14},
                "N(0, 0.01²) 초기화: ReLU망 기울기 크기가 He의 %s배", "N(0, 0.01²) init: a ReLU net's gradient is %s of He's");
        add("D07", List.of("std_d_h1/h5", "xav_d_h1/h5"), new double[] {0.09958, 0.9245},
                "tanh 5층: δ(h1)/δ(h5)가 표준 초기화 %s, Xavier %s", "tanh, 5 layers: δ(h1)/δ(h5) is %s with standard init, %s with Xavier");
        add("D08", List.of("xav_gnorm", "he__gnorm"), new double[] {9.400e-07, 0.08583},
                "30층 ReLU: 기울기 크기 Xavier %s, He %s", "30-layer ReLU: gradient norm %s with Xavier, %s with He");
        add("D09", List.of("plain_w_ratio", "bn_w_ratio"), new double[] {1.112e-06, 1.726},
                "10층 시그모이드: 1층/출력층 기울기가 BN 없이 %s, BN으로 %s", "depth-10 sigmoid: layer-1/output gradient %s without BN, %s with BN");
        add("D10", List.of("val_loss_p0.0", "val_loss_p0.5"), new double[] {1.245, 0.5850},
                "드롭아웃 0.5: 검증 손실 %s → %s", "dropout 0.5: validation loss %s → %s");
        add("D11", List.of("l1_frac|w|<1e-3"), new double[] {0.09070},
                "L1 규제: 가중치의 %s가 |w| < 1e-3", "L1 penalty: %s of weights end below 1e-3");
        add("D12", List.of("stop_step"), new double[] {290},
                "조기 종료: %s단계에서 멈춤", "early stopping fires at step %s");
        add("D13", List.of("pre_success(<0.3)"), new double[] {0.5},
                "오토인코더 사전학습: 시드의 %s가 학습 성공(무작위 초기화 0%%)", "autoencoder pre-training: %s of seeds train (random init: 0%%)");
        add("D14", List.of("gnorm_x2/gnorm_he"), new double[] {1702},
                "He의 2배 가중치: 기울기 크기 %s배", "2× He weights: gradient norm ×%s");
        add("D15", List.of("res_d_ratio"), new double[] {0.4077},
                "20층 시그모이드 + 잔차 연결: δ 비율 %s", "depth-20 sigmoid with residual connections: δ ratio %s");
    }

    private DemoHeadlines() {
    }

    private static void add(String id, List<String> metrics, double[] medians, String ko, String en) {
        Object[] shown = new Object[medians.length];
        for (int i = 0; i < medians.length; i++) shown[i] = shows(metrics.get(i), medians[i]);
        ALL.put(id, new Headline(id, metrics, medians, Text.of(String.format(ko, shown), String.format(en, shown))));
    }

    /** How a metric's value is shown: shares as percentages, other numbers with two significant digits. */
    static String shows(String metric, double value) {
        boolean share = metric.contains("frac") || metric.contains("units") || metric.contains("success");
        return share ? Fmt.pct(value) : Fmt.num(value);
    }

    /** The headline of a demo, if it has one. */
    public static Optional<Headline> of(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** Every headline in catalogue order. */
    public static List<Headline> all() {
        return List.copyOf(ALL.values());
    }

    /** A demo's headline: the metrics it quotes, their ten-seed medians, and the phrase. */
    public record Headline(String demo, List<String> metrics, double[] medians, Text text) {
    }
}
