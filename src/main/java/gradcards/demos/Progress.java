package gradcards.demos;

/** Receives training progress so a caller can draw a progress bar; the trainer never prints. */
@FunctionalInterface
public interface Progress {

    /** Called now and then while a configuration trains: its label, the step reached, the total and the loss. */
    void update(String label, int step, int totalSteps, double loss);

    /** Ignores all progress. */
    Progress NONE = (label, step, total, loss) -> { };
}
