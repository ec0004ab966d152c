package gradcards.app;

import gradcards.demos.CustomBudget;
import gradcards.demos.CustomExperiment;
import gradcards.demos.CustomSpec;
import gradcards.demos.DemoBackend;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.render.CustomTitle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards demo custom`: measures the per-layer gradients of a network you describe with options. */
@Command(name = "custom", mixinStandardHelpOptions = true,
        description = {"Train a network of your own design and show its per-layer gradients, like 'demo run'. Every "
            + "option has a default: with none, a sigmoid net of depth 10 and width 32 (Xavier init) trains 100 steps "
            + "on the spirals. A run whose loss, weights or gradients become non-finite is reported as diverged.",
            "직접 설계한 네트워크를 학습시키고 'demo run'처럼 층별 기울기를 보여 줍니다.",
            "Example / 예: gradcards demo custom --activation relu --init he_normal*2 --clip 1",
            "Budget: a run estimated above 1 GiB of memory (or half the Java heap) or 60 s of training is refused",
            "before it starts. 예산: 메모리 1 GiB(또는 Java 힙의 절반)나 학습 60초를 넘을 실험은 시작 전에 거절합니다.", ""})
public class DemoCustomCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The activation codes on offer (the trainer's, output layer's linear aside). */
    static final String ACTIVATIONS = "sigmoid, tanh, relu, leaky_relu, prelu, linear";
    /** The init codes on offer, and how to scale one. */
    static final String INITS = "xavier_uniform (xavier), standard_uniform (standard), he_normal (he), normal(σ) e.g. "
            + "normal(0.01), zeros; any of them times a factor: he_normal*2 or 2*he";

    @Option(names = "--depth", paramLabel = "N", description = "Weight layers, 2–100 (default 10).")
    int depth = 10;

    @Option(names = "--width", paramLabel = "N", description = "Hidden units per layer, 1–1024 (default 32).")
    int width = 32;

    @Option(names = "--activation", paramLabel = "A",
            description = "Hidden-layer activation: " + ACTIVATIONS + " (default sigmoid).")
    String activation = "sigmoid";

    @Option(names = "--init", paramLabel = "I",
            description = "Weight init: " + INITS + " (default xavier_uniform).")
    String init = "xavier_uniform";

    @Option(names = "--batchnorm", description = "Batch norm on the hidden pre-activations (default off).")
    boolean batchnorm;

    @Option(names = "--dropout", paramLabel = "P", description = "Drop probability on hidden units, 0 ≤ P < 1 (default 0: off).")
    double dropout;

    @Option(names = "--l1", paramLabel = "λ", description = "L1 penalty on weights, ≥ 0 (default 0: off).")
    double l1;

    @Option(names = "--l2", paramLabel = "λ", description = "L2 penalty on weights, ≥ 0 (default 0: off).")
    double l2;

    @Option(names = "--clip", paramLabel = "C", description = "Global gradient-norm clipping threshold, > 0 (default: no clipping).")
    Double clip;

    @Option(names = "--residual", description = "Identity skips h + act(Wh + b) where shapes match (default off).")
    boolean residual;

    @Option(names = "--optimizer", paramLabel = "sgd|adam", description = "sgd (momentum 0.9; default) or adam.")
    Optimizer optimizer = Optimizer.SGD;

    @Option(names = "--steps", paramLabel = "N", description = "Full-batch training steps, 0–100000 (default 100).")
    int steps = 100;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate, > 0 (default 0.1).")
    double lr = 0.1;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the init and dropout (default 0).")
    long seed;

    @Option(names = "--data", paramLabel = "spirals|teacher", description = "spirals (2-d, 128 points; default) or teacher (8-d, 100 noisy examples).")
    Data data = Data.SPIRALS;

    @Mixin
    DemoOutputOptions output = new DemoOutputOptions();

    /** The optimizers on offer. */
    enum Optimizer { SGD, ADAM }

    /** The data sets on offer. */
    enum Data { SPIRALS, TEACHER }

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        Lang lang = root.lang();
        validate(lang);
        output.checkPaths(root);
        CustomSpec custom = DemoPresenter.guard(this::spec, lang);
        DemoBackend backend = root.demos();
        if (output.export != null) {
            var e = DemoPresenter.guard(() -> backend.exportCustom(custom, output.step()), lang);
            output.writeExport(root, backend.exportJson(e), e, lang);
            if (!output.json && output.svg == null) return 0;
        }
        DemoPresenter presenter = new DemoPresenter(root, output);
        var runs = presenter.train(List.of(seed), (s, p) -> backend.runCustom(custom, p));
        presenter.show(new DemoPresenter.Subject(CustomExperiment.ID, CustomTitle.of(custom), backend::customVerdict,
                false), runs);
        return 0;
    }

    /** The validated options as the trainer's spec (which checks the activation and init codes). */
    CustomSpec spec() {
        return new CustomSpec(depth, width, activation.trim().toLowerCase(java.util.Locale.ROOT), init.trim(),
                batchnorm, dropout, l1, l2, clip == null ? 0 : clip, residual, optimizer.name().toLowerCase(java.util.Locale.ROOT),
                steps, lr, seed, data.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Fails with one line naming what is allowed when a value or combination is out of range. */
    void validate(Lang lang) {
        range(depth >= 2 && depth <= CustomSpec.MAX_DEPTH, "--depth", "2–" + CustomSpec.MAX_DEPTH, depth, lang);
        range(width >= 1 && width <= CustomSpec.MAX_WIDTH, "--width", "1–" + CustomSpec.MAX_WIDTH, width, lang);
        range(dropout >= 0 && dropout < 1, "--dropout", "0 ≤ P < 1", dropout, lang);
        range(l1 >= 0 && Double.isFinite(l1), "--l1", "≥ 0", l1, lang);
        range(l2 >= 0 && Double.isFinite(l2), "--l2", "≥ 0", l2, lang);
        range(clip == null || clip > 0 && Double.isFinite(clip), "--clip", "> 0", clip, lang);
        range(steps >= 0 && steps <= CustomSpec.MAX_STEPS, "--steps", "0–" + CustomSpec.MAX_STEPS, steps, lang);
        range(lr > 0 && Double.isFinite(lr), "--lr", "> 0", lr, lang);
        range(seed >= 0, "--seed", "≥ 0", seed, lang);
        known(() -> gradcards.trainer.Activation.parse(activation.trim().toLowerCase(java.util.Locale.ROOT)),
                "--activation", activation, ACTIVATIONS, ACTIVATIONS);
        known(() -> gradcards.trainer.Init.parse(init), "--init", init, INITS_KO, INITS);
        output.validate(lang, false);
        checkCost(lang);
    }

    /** The Korean list of the init codes. */
    static final String INITS_KO = "xavier_uniform (xavier), standard_uniform (standard), he_normal (he), normal(σ) 예: "
            + "normal(0.01), zeros; 배수를 곱할 수도 있음: he_normal*2 또는 2*he";

    private static void known(Runnable parse, String option, String got, String allowedKo, String allowedEn) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            throw new UserError(Text.of(option + " 값 '" + got + "'은(는) 쓸 수 없습니다 (가능한 값: " + allowedKo + ")",
                    "unknown " + option + " value '" + got + "' (allowed: " + allowedEn + ")"));
        }
    }

    private static void range(boolean ok, String option, String allowed, Object got, Lang lang) {
        if (!ok) throw new UserError(Text.of(option + " 값은 " + allowed + " 범위여야 합니다 (받은 값 " + got + ")",
                option + " must be " + allowed + " (got " + got + ")"));
    }

    /** Refuses, before any training, a run whose estimated memory or time exceeds the budget (CustomBudget). */
    private void checkCost(Lang lang) {
        CustomBudget b = CustomBudget.of(DemoPresenter.guard(this::spec, lang));
        long limit = CustomBudget.limitBytes(Runtime.getRuntime().maxMemory());
        if (b.bytes() > limit) {
            throw new UserError(Text.of("너무 큰 실험입니다: 메모리 약 " + mib(b.bytes()) + " MiB가 필요한데 한도는 "
                    + mib(limit) + " MiB입니다 (--width, --depth를 줄이거나 adam 대신 sgd를 쓰세요)",
                    "too big an experiment: it needs about " + mib(b.bytes()) + " MiB of memory, the limit is "
                    + mib(limit) + " MiB (reduce --width or --depth, or use sgd instead of adam)"));
        }
        if (b.seconds() > CustomBudget.MAX_SECONDS) {
            throw new UserError(Text.of("너무 큰 실험입니다: 학습에 약 " + Math.round(b.seconds()) + "초가 걸리는데 한도는 "
                    + Math.round(CustomBudget.MAX_SECONDS) + "초입니다 (--steps, --width 또는 --depth를 줄이세요)",
                    "too big an experiment: training would take about " + Math.round(b.seconds()) + " s, the limit is "
                    + Math.round(CustomBudget.MAX_SECONDS) + " s (reduce --steps, --width or --depth)"));
        }
    }

    private static long mib(long bytes) {
        return Math.round(bytes / (1024.0 * 1024));
    }
}
