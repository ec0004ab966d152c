package gradcards.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A run diverges at the first step whose loss, weights or gradients are non-finite; PReLU slopes can learn slower. */
class DivergenceTest {
    private static final DataSet DATA = Datasets.spirals(32);

    private static Network net(Activation act) {
        return Network.build(NetSpec.mlp(2, 3, 8, act, Init.HE), Loss.BCE_WITH_LOGITS, new SplittableRandom(3),
                new SplittableRandom(4));
    }

    /** ReLU maps a NaN pre-activation to 0, so the loss and the gradients stay finite: only the weights tell. */
    @Test
    void aNanWeightHiddenByReluIsADivergenceAtThatStep() {
        Network net = net(Activation.RELU);
        net.blocks().get(0).dense().w()[2][1] = Double.NaN;
        assertThat(Double.isFinite(net.lossAndGradients(DATA.x(), DATA.y()))).isTrue();
        Trainer.Result r = Trainer.train(net, DATA, new Sgd(0.9), Trainer.Config.of(5, 0.1), StepListener.NONE);
        assertThat(r.diverged()).isTrue();
        assertThat(r.divergedAt()).isZero();
        assertThat(r.curve()).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void aLearningRateFarTooLargeDivergesAtTheFirstNonFiniteStepAndTheListenerSeesOnlyFiniteSteps() {
        Network net = net(Activation.LINEAR);
        int[] seen = {0};
        Trainer.Result r = Trainer.train(net, DATA, new Sgd(0.9), Trainer.Config.of(200, 10),
                (step, loss) -> {
                    assertThat(Double.isFinite(loss)).isTrue();
                    seen[0]++;
                });
        assertThat(r.diverged()).isTrue();
        assertThat(seen[0]).isEqualTo(r.divergedAt());
        for (int k = 0; k < r.divergedAt(); k++) assertThat(Double.isFinite(r.curve()[k])).isTrue();
        assertThat(r.finalLoss()).isInfinite();
    }

    @Test
    void aFiniteRunIsNotDiverged() {
        Trainer.Result r = Trainer.train(net(Activation.TANH), DATA, new Sgd(0.9), Trainer.Config.of(20, 0.05),
                StepListener.NONE);
        assertThat(r.diverged()).isFalse();
        assertThat(r.divergedAt()).isEqualTo(-1);
    }

    /** With plain SGD a PReLU slope moves by lr·rate·dα while the weights move by lr·dW. */
    @Test
    void slopeRateScalesOnlyThePreluSlopeStep() {
        Network a = net(Activation.PRELU);
        Network b = net(Activation.PRELU);
        Trainer.Result ra = Trainer.train(a, DATA, new Sgd(0.0), Trainer.Config.of(1, 0.1), StepListener.NONE);
        Trainer.Result rb = Trainer.train(b, DATA, new Sgd(0.0), Trainer.Config.of(1, 0.1).withSlopeRate(0.01),
                StepListener.NONE);
        assertThat(ra.curve()[0]).isEqualTo(rb.curve()[0]);
        Network probe = net(Activation.PRELU);
        probe.lossAndGradients(DATA.x(), DATA.y());
        double dalpha = probe.blocks().get(0).dalpha();
        assertThat(dalpha).isNotZero();
        assertThat(a.blocks().get(0).alpha()).isCloseTo(Activation.PRELU_INIT - 0.1 * dalpha, within(1e-15));
        assertThat(b.blocks().get(0).alpha()).isCloseTo(Activation.PRELU_INIT - 0.001 * dalpha, within(1e-15));
        assertThat(b.blocks().get(0).dense().w()[0][0]).isEqualTo(a.blocks().get(0).dense().w()[0][0]);
    }
}
