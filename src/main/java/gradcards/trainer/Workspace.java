package gradcards.trainer;

/** The per-batch-size buffers of one block, allocated once and reused every step. */
final class Workspace {
    final int batch;
    final double[][] z;
    final double[][] a;
    final double[][] y;
    final double[][] out;
    final double[][] mask;
    final double[][] gy;
    final double[][] da;
    final double[][] dz;
    final double[][] dx;

    Workspace(int batch, int in, int width, boolean bn, boolean dropout, boolean residual) {
        this.batch = batch;
        this.z = new double[batch][width];
        this.a = bn ? new double[batch][width] : z;
        this.y = new double[batch][width];
        this.out = dropout || residual ? new double[batch][width] : y;
        this.mask = dropout ? new double[batch][width] : null;
        this.gy = dropout ? new double[batch][width] : null;
        this.da = new double[batch][width];
        this.dz = bn ? new double[batch][width] : da;
        this.dx = new double[batch][in];
    }
}
