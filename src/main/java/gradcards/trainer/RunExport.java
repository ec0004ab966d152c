package gradcards.trainer;

import java.util.List;

/** A plain-MLP network at one training step, with the trainer's own gradients (demos.md §4). */
public record RunExport(String demo, long seed, int step, List<Layer> layers, String loss,
                        double[][] inputs, double[][] targets, double l2, double l1) {

    /**
     * One dense layer: z = W·x + b, y = act(z). alpha is set for leaky_relu / prelu only; mask (optional,
     * [batch][out]) multiplies the activation output; dW, db, dalpha are gradients of the total loss.
     */
    public record Layer(int in, int out, String activation, double[][] w, double[] b, Double alpha,
                        double[][] mask, double[][] dW, double[] db, Double dalpha) {
    }
}
