package gradcards.trainer;

import java.util.ArrayList;
import java.util.List;

/** Snapshots a plain network with its own gradients of the total loss (data loss + penalties) as a {@link RunExport}. */
public final class RunExports {
    private RunExports() {
    }

    /** One training-mode forward/backward pass on the data, penalty gradients added, then a deep copy of everything. */
    public static RunExport of(String demo, long seed, int step, Network net, DataSet data, Penalty penalty) {
        for (Block b : net.blocks()) {
            if (b.batchnorm() || b.residual()) {
                throw new IllegalArgumentException("only plain MLPs can be exported (no batch norm, no skips)");
            }
        }
        net.lossAndGradients(data.x(), data.y());
        penalty.addGradients(net.params());
        List<RunExport.Layer> layers = new ArrayList<>();
        for (Block b : net.blocks()) layers.add(layer(b));
        return new RunExport(demo, seed, step, layers, net.loss().code(), Mat.copy(data.x()), Mat.copy(data.y()),
                penalty.l2(), penalty.l1());
    }

    private static RunExport.Layer layer(Block b) {
        Dense d = b.dense();
        boolean slope = b.activation().hasSlope();
        double[][] mask = b.mask() == null ? null : Mat.copy(b.mask());
        return new RunExport.Layer(d.in(), d.out(), b.activation().code(), Mat.copy(d.w()), d.b().clone(),
                slope ? b.alpha() : null, mask, Mat.copy(d.dW()), d.db().clone(), slope ? b.dalpha() : null);
    }
}
