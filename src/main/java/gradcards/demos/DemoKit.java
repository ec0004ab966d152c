package gradcards.demos;

import gradcards.trainer.Activation;
import gradcards.trainer.DataSet;
import gradcards.trainer.Datasets;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Init;
import gradcards.trainer.Loss;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Network;
import gradcards.trainer.Optimizer;
import gradcards.trainer.Probe;
import gradcards.trainer.Sgd;
import gradcards.trainer.Trainer;
import java.util.SplittableRandom;

/** Shared setup of the demos: the fixed data sets, seeded networks, step-0 probes and progress-reporting training. */
final class DemoKit {
    static final DataSet SPIRALS = Datasets.spirals(128);
    private static final long DROPOUT_STREAM = 0x9E3779B97F4A7C15L;

    /**
     * The teacher sets, built the first time a demo asks for them (a holder class each): most demos use only the
     * spirals, and building a set it does not need would slow its first, cold run.
     */
    private static final class TrainSet {
        static final DataSet SET = Datasets.teacherTrain();
    }

    private static final class ValSet {
        static final DataSet SET = Datasets.teacherVal();
    }

    private static final class D05Set {
        static final DataSet SET = Datasets.teacherD05();
    }

    private static final class D13Set {
        static final DataSet SET = Datasets.teacherD13();
    }
    private DemoKit() {
    }

    /** The demos' training set: teacher(100, d = 8, flip 0.15). */
    static DataSet trainSet() {
        return TrainSet.SET;
    }

    /** The demos' validation set: teacher(1000, d = 8, flip 0.15). */
    static DataSet valSet() {
        return ValSet.SET;
    }

    /** The dying-ReLU set of D05: teacher(256, d = 16). */
    static DataSet d05Set() {
        return D05Set.SET;
    }

    /** The pre-training set of D13: teacher(128, d = 16). */
    static DataSet d13Set() {
        return D13Set.SET;
    }

    /** A spirals MLP: 2 inputs, depth weight layers, hidden width, one logit. */
    static NetSpec spiral(int depth, int width, Activation act, Init init) {
        return NetSpec.mlp(2, depth, width, act, init);
    }

    /** The 8-32-32-1 ReLU + He network of D10–D12. */
    static NetSpec teacherNet() {
        return new NetSpec(new int[] {8, 32, 32, 1}, Activation.RELU, Init.HE, false, 0.0, false);
    }

    /** The network of a spec for one seed: weights from the seed's stream, dropout masks from a second stream. */
    static Network network(NetSpec spec, Loss loss, long seed) {
        return Network.build(spec, loss, new SplittableRandom(seed), new SplittableRandom(seed ^ DROPOUT_STREAM));
    }

    /** The BCE network of a spec for one seed. */
    static Network network(NetSpec spec, long seed) {
        return network(spec, Loss.BCE_WITH_LOGITS, seed);
    }

    /** The gradient probe of a freshly initialised network at step 0. */
    static Probe atInit(NetSpec spec, long seed, DataSet data) {
        return GradientProbe.measure(network(spec, seed), data);
    }

    /** Trains a network with SGD + momentum, reporting progress every 10 steps under the label. */
    static Trainer.Result train(Network net, DataSet data, Trainer.Config config, String label, Progress progress) {
        return train(net, data, new Sgd(0.9), config, label, progress);
    }

    /** Trains a network with the given optimizer, reporting progress every 10 steps under the label. */
    static Trainer.Result train(Network net, DataSet data, Optimizer opt, Trainer.Config config, String label,
                                Progress progress) {
        int total = config.steps();
        return Trainer.train(net, data, opt, config, (step, loss) -> {
            if (step % 10 == 0 || step == total) progress.update(label, step, total, loss);
        });
    }

    /** The value at the end of a curve. */
    static double last(double[] curve) {
        return curve[curve.length - 1];
    }

    /** 1.0 for true, 0.0 for false (flags in the metric map). */
    static double flag(boolean b) {
        return b ? 1.0 : 0.0;
    }
}
