package gradcards.trainer;

import java.util.List;

/** Global-norm gradient clipping (Pascanu et al. 2013): if ‖g‖ > c then g ← (c/‖g‖)·g over all parameters. */
public final class Clipping {
    private Clipping() {
    }

    /** The global gradient norm √(Σ‖g‖²) over the parameters. */
    public static double globalNorm(List<Param> params) {
        double s = 0;
        for (Param p : params) s += Mat.sumSquares(p.grad());
        return Math.sqrt(s);
    }

    /** Rescales all gradients so that their global norm is at most maxNorm (PyTorch's clip_grad_norm_); returns the norm before. */
    public static double clip(List<Param> params, double maxNorm) {
        double norm = globalNorm(params);
        double coef = maxNorm / (norm + 1e-6);
        if (coef < 1.0) {
            for (Param p : params) {
                for (double[] row : p.grad()) {
                    for (int i = 0; i < row.length; i++) row[i] *= coef;
                }
            }
        }
        return norm;
    }
}
