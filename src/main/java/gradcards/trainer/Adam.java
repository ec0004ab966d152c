package gradcards.trainer;

import java.util.ArrayList;
import java.util.List;

/** Adam (Kingma &amp; Ba 2015): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − lr·m̂/(√v̂ + ε), bias-corrected. */
public final class Adam implements Optimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private final List<double[][]> first = new ArrayList<>();
    private final List<double[][]> second = new ArrayList<>();
    private int t;

    @Override
    public void step(List<Param> params, double lr) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int p = 0; p < params.size(); p++) {
            Param param = params.get(p);
            if (first.size() <= p) {
                first.add(Mat.zeros(param.value().length, param.value()[0].length));
                second.add(Mat.zeros(param.value().length, param.value()[0].length));
            }
            update(param, first.get(p), second.get(p), lr / c1, c2);
        }
    }

    private static void update(Param param, double[][] m, double[][] v, double stepSize, double c2) {
        double[][] w = param.value();
        double[][] g = param.grad();
        for (int r = 0; r < w.length; r++) {
            for (int i = 0; i < w[r].length; i++) {
                m[r][i] = BETA1 * m[r][i] + (1 - BETA1) * g[r][i];
                v[r][i] = BETA2 * v[r][i] + (1 - BETA2) * g[r][i] * g[r][i];
                w[r][i] -= stepSize * m[r][i] / (Math.sqrt(v[r][i] / c2) + EPS);
            }
        }
    }
}
