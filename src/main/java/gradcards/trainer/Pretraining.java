package gradcards.trainer;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Greedy layer-wise autoencoder pre-training (Bengio et al. 2007): each hidden layer in turn is trained as the
 * encoder of an autoencoder (its own activation, a linear decoder, MSE) that reconstructs the layer's input.
 */
public final class Pretraining {
    private Pretraining() {
    }

    /** Pre-trains every hidden block of the network on inputs x; decoders are drawn from init with the given rng. */
    public static void greedy(Network net, double[][] x, int steps, double lr, Init decoderInit, RandomGenerator rng) {
        List<Block> blocks = net.blocks();
        for (int l = 0; l < blocks.size() - 1; l++) {
            double[][] h = hiddenInput(blocks, l, x);
            Dense encoder = blocks.get(l).dense();
            Dense decoder = new Dense("decoder" + l, decoderInit.weights(encoder.in(), encoder.out(), rng));
            Network ae = new Network(List.of(Block.plain(encoder, blocks.get(l).activation()),
                    Block.plain(decoder, Activation.LINEAR)), Loss.MSE);
            Trainer.train(ae, new DataSet(h, h), new Sgd(0.9), Trainer.Config.of(steps, lr), StepListener.NONE);
        }
    }

    /** The input of block l: x passed through blocks 0..l−1 in evaluation mode (a copy). */
    private static double[][] hiddenInput(List<Block> blocks, int l, double[][] x) {
        double[][] h = x;
        for (int k = 0; k < l; k++) h = blocks.get(k).forward(h, false);
        return Mat.copy(h);
    }
}
