package gradcards.trainer;

import java.util.List;

/** Weight penalties on the dense weights only: (l2/2)·Σ‖W‖² + l1·Σ|w|. */
public record Penalty(double l1, double l2) {

    /** No penalty. */
    public static final Penalty NONE = new Penalty(0, 0);

    /** Whether both coefficients are zero. */
    public boolean isNone() {
        return l1 == 0 && l2 == 0;
    }

    /** The penalty value over the weight parameters of the list. */
    public double value(List<Param> params) {
        double s = 0;
        for (Param p : params) {
            if (!p.weight()) continue;
            for (double[] row : p.value()) {
                for (double w : row) s += 0.5 * l2 * w * w + l1 * Math.abs(w);
            }
        }
        return s;
    }

    /** Adds the penalty gradient l2·w + l1·sign(w) (sign(0) = 0) to every weight gradient of the list. */
    public void addGradients(List<Param> params) {
        if (isNone()) return;
        for (Param p : params) {
            if (!p.weight()) continue;
            double[][] w = p.value();
            double[][] g = p.grad();
            for (int r = 0; r < w.length; r++) {
                for (int i = 0; i < w[r].length; i++) g[r][i] += l2 * w[r][i] + l1 * Math.signum(w[r][i]);
            }
        }
    }
}
