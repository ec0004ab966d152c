package gradcards.trainer;

/** Observes a training run: called at every step k = 0..steps with the training loss before update k+1. */
@FunctionalInterface
public interface StepListener {

    /** Called after the forward/backward pass of step k (gradients are set, weights not yet updated). */
    void atStep(int step, double loss);

    /** Ignores every step. */
    StepListener NONE = (step, loss) -> { };
}
