package gradcards.trainer;

import java.util.ArrayList;
import java.util.List;

/** SGD with momentum (PyTorch form): v ← μ·v + g, w ← w − lr·v, with v starting at 0. */
public final class Sgd implements Optimizer {
    private final double momentum;
    private final List<double[][]> velocity = new ArrayList<>();

    /** SGD with the given momentum μ (0 = plain SGD). */
    public Sgd(double momentum) {
        this.momentum = momentum;
    }

    @Override
    public void step(List<Param> params, double lr) {
        for (int p = 0; p < params.size(); p++) {
            Param param = params.get(p);
            if (velocity.size() <= p) velocity.add(Mat.zeros(param.value().length, param.value()[0].length));
            accumulate(velocity.get(p), param.grad());
            update(param.value(), velocity.get(p), lr);
        }
    }

    private void accumulate(double[][] v, double[][] g) {
        for (int r = 0; r < v.length; r++) {
            double[] vr = v[r];
            double[] gr = g[r];
            for (int i = 0; i < vr.length; i++) vr[i] = momentum * vr[i] + gr[i];
        }
    }

    private static void update(double[][] w, double[][] v, double lr) {
        for (int r = 0; r < w.length; r++) Dense.axpy(-lr, v[r], w[r], w[r].length);
    }
}
