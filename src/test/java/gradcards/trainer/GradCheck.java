package gradcards.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.DoubleSupplier;

/** Central finite-difference checks of analytic gradients (the role PyTorch plays for micrograd). */
final class GradCheck {
    static final double H = 1e-5;
    /** Gradients below this magnitude are compared absolutely (1e-6 × 1e-3 = 1e-9, as in demos.md §4). */
    static final double FLOOR = 1e-3;

    private GradCheck() {
    }

    /** The total loss: data loss in training mode plus the penalty. */
    static double total(Network net, DataSet data, Penalty penalty) {
        return net.loss(data.x(), data.y(), true) + penalty.value(net.params());
    }

    /** Computes analytic gradients (data loss + penalty) and checks every parameter entry; returns the worst error. */
    static double checkAll(Network net, DataSet data, Penalty penalty) {
        net.lossAndGradients(data.x(), data.y());
        penalty.addGradients(net.params());
        List<Param> params = net.params();
        double[][][] analytic = new double[params.size()][][];
        for (int p = 0; p < params.size(); p++) analytic[p] = Mat.copy(params.get(p).grad());
        double worst = 0;
        for (int p = 0; p < params.size(); p++) {
            double[][] v = params.get(p).value();
            for (int r = 0; r < v.length; r++) {
                for (int i = 0; i < v[r].length; i++) {
                    double numeric = numeric(v[r], i, () -> total(net, data, penalty));
                    double err = relError(analytic[p][r][i], numeric);
                    assertThat(err).as("%s[%d][%d]: analytic %s vs numeric %s", params.get(p).name(), r, i,
                            analytic[p][r][i], numeric).isLessThan(1e-6);
                    worst = Math.max(worst, err);
                }
            }
        }
        return worst;
    }

    /** (f(v+h) − f(v−h)) / 2h for entry i of the row. */
    static double numeric(double[] row, int i, DoubleSupplier f) {
        double old = row[i];
        row[i] = old + H;
        double plus = f.getAsDouble();
        row[i] = old - H;
        double minus = f.getAsDouble();
        row[i] = old;
        return (plus - minus) / (2 * H);
    }

    /** |a − n| / max(|a|, |n|, FLOOR). */
    static double relError(double a, double n) {
        return Math.abs(a - n) / Math.max(FLOOR, Math.max(Math.abs(a), Math.abs(n)));
    }
}
