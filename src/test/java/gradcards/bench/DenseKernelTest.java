package gradcards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.trainer.Dense;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blocked dense kernel gives exactly the old scalar kernel's numbers (same summation order, no FMA). */
class DenseKernelTest {
    @ParameterizedTest
    @CsvSource({"1,1,1", "3,5,7", "4,4,4", "7,9,2", "8,32,32", "5,13,6", "128,33,17"})
    void blockedKernelIsBitIdenticalToTheScalarOne(int batch, int in, int out) {
        SplittableRandom rng = new SplittableRandom(batch * 1000L + in * 10L + out);
        double[][] w = random(rng, out, in);
        double[][] x = random(rng, batch, in);
        double[][] delta = random(rng, batch, out);
        Dense dense = new Dense("t", w);
        for (int o = 0; o < out; o++) dense.b()[o] = rng.nextGaussian();

        double[][] z = new double[batch][out];
        double[][] dx = new double[batch][in];
        dense.forward(x, z);
        dense.backward(delta, x, dx);

        double[][] zRef = new double[batch][out];
        double[][] dxRef = new double[batch][in];
        double[][] dWRef = new double[out][in];
        double[] dbRef = new double[out];
        ScalarDense.forward(w, dense.b(), new double[in][out], x, zRef);
        ScalarDense.backward(w, delta, x, dWRef, dbRef, dxRef);

        assertThat(z).isDeepEqualTo(zRef);
        assertThat(dense.dW()).isDeepEqualTo(dWRef);
        assertThat(dense.db()).containsExactly(dbRef);
        assertThat(dx).isDeepEqualTo(dxRef);
        assertThat(z[0][0]).isNotZero();
    }

    private static double[][] random(SplittableRandom rng, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) row[j] = rng.nextGaussian();
        }
        return a;
    }
}
