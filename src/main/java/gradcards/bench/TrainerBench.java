package gradcards.bench;

import gradcards.trainer.Activation;
import gradcards.trainer.DataSet;
import gradcards.trainer.Init;
import gradcards.trainer.Loss;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Network;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Throughput of the dense kernels: full-batch forward + backward passes of a ReLU MLP of equal-width layers,
 * in multiply-adds per second (forward W·x, backward dW and dx; the first layer's dx is not computed).
 */
public final class TrainerBench {
    /** Default batch size and number of layers. */
    public static final int BATCH = 128;
    public static final int LAYERS = 4;

    private TrainerBench() {
    }

    /** GMAC/s at the width with the default batch and depth, timed over about half a second after a warm-up. */
    public static double gmacs(int width) {
        return gmacs(width, BATCH, LAYERS, 500_000_000L);
    }

    /** GMAC/s of forward + backward at the given width, batch and layer count, timed for at least minNanos. */
    public static double gmacs(int width, int batch, int layers, long minNanos) {
        int[] widths = new int[layers + 1];
        Arrays.fill(widths, width);
        NetSpec spec = new NetSpec(widths, Activation.RELU, Init.HE, false, 0.0, false);
        Network net = Network.build(spec, Loss.MSE, new SplittableRandom(1), new SplittableRandom(2));
        DataSet data = randomData(batch, width);
        long macsPerPass = (long) batch * width * width * (3L * layers - 1);
        runFor(net, data, minNanos / 4);
        long start = System.nanoTime();
        long passes = runFor(net, data, minNanos);
        return passes * (double) macsPerPass / (System.nanoTime() - start);
    }

    private static long runFor(Network net, DataSet data, long nanos) {
        long start = System.nanoTime();
        long passes = 0;
        do {
            net.lossAndGradients(data.x(), data.y());
            passes++;
        } while (System.nanoTime() - start < nanos);
        return passes;
    }

    private static DataSet randomData(int batch, int width) {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[batch][width];
        double[][] y = new double[batch][width];
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < width; i++) {
                x[n][i] = rng.nextGaussian();
                y[n][i] = rng.nextGaussian();
            }
        }
        return new DataSet(x, y);
    }
}
