package gradcards.demos;

import gradcards.trainer.Activation;
import gradcards.trainer.Init;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Optimizer;
import java.util.Arrays;

/**
 * A user-defined experiment for {@code gradcards demo custom}: depth weight layers of the given width, activation and
 * init codes, options, optimizer ("sgd" | "adam"), training length, and data ("spirals" | "teacher"); clip 0 = off.
 * The constructor validates every field and throws IllegalArgumentException with a one-line message.
 */
public record CustomSpec(int depth, int width, String activation, String init, boolean batchnorm, double dropout,
                         double l1, double l2, double clip, boolean residual, String optimizer, int steps, double lr,
                         long seed, String data) {

    public static final int MAX_DEPTH = 100;
    public static final int MAX_WIDTH = 1024;
    public static final int MAX_STEPS = 100_000;

    /** Validates the spec. */
    public CustomSpec {
        range("depth", depth, 2, MAX_DEPTH);
        range("width", width, 1, MAX_WIDTH);
        range("steps", steps, 0, MAX_STEPS);
        Activation.parse(activation);
        Init.parse(init);
        Optimizer.of(optimizer);
        if (!(dropout >= 0 && dropout < 1)) fail("dropout must be at least 0 and below 1 (got " + dropout + ")");
        nonNegative("l1", l1);
        nonNegative("l2", l2);
        nonNegative("clip", clip);
        if (!(lr > 0 && Double.isFinite(lr))) fail("lr must be a positive number (got " + lr + ")");
        if (!Arrays.asList("spirals", "teacher").contains(data)) {
            fail("unknown data '" + data + "' (allowed: spirals, teacher)");
        }
    }

    /** The defaults: depth 10, width 32, sigmoid, xavier_uniform, SGD, 0 steps at lr 0.1, seed 0, spirals. */
    public static CustomSpec defaults() {
        return new CustomSpec(10, 32, "sigmoid", "xavier_uniform", false, 0, 0, 0, 0, false, "sgd", 0, 0.1, 0,
                "spirals");
    }

    private static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) fail(name + " must be between " + lo + " and " + hi + " (got " + v + ")");
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0 && Double.isFinite(v))) fail(name + " must be 0 or a positive number (got " + v + ")");
    }

    private static void fail(String message) {
        throw new IllegalArgumentException(message);
    }

    /** The network shape this spec describes (inputs from the data set, one logit). */
    public NetSpec netSpec() {
        int inputs = data.equals("spirals") ? 2 : 8;
        NetSpec base = NetSpec.mlp(inputs, depth, width, Activation.parse(activation), Init.parse(init));
        return base.withBatchnorm(batchnorm).withDropout(dropout).withResidual(residual);
    }
}
