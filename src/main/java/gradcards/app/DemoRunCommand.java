package gradcards.app;

import gradcards.content.ContentLoader;
import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.demos.DemoRun;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.trainer.RunExport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards demo run ID`: trains one catalogue demo and shows its per-layer gradients, metrics and verdict. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one demo (see 'gradcards demo list') and show its per-layer gradient norms on a log scale, "
            + "the loss curves, the measured metrics and what they mean for the study claim.",
            "데모 하나를 실행해 층별 기울기 노름(로그 눈금), 손실 곡선, 측정값과 판정을 보여 줍니다.", ""})
public class DemoRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The demo id, e.g. D02 (데모 id).")
    String id;

    @Option(names = "--seed", paramLabel = "N", description = "Run this one seed (default 0). 시드 하나.")
    Long seed;

    @Option(names = "--seeds", paramLabel = "N",
            description = "Run seeds 0..N-1 and report median [min, max] per metric. 시드 0..N-1의 중앙값 [최소, 최대].")
    Integer seeds;

    @Mixin
    DemoOutputOptions output = new DemoOutputOptions();

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        Lang lang = root.lang();
        validate(lang);
        Demo demo = DemoCommand.find(root.demos(), id, lang);
        output.checkPaths(root);
        if (output.export != null) {
            export(root, demo, lang);
            if (!output.json && output.svg == null) return 0;
        }
        DemoPresenter presenter = new DemoPresenter(root, output);
        if (seed == null && seeds == null) presenter.beside(ContentLoader.bundledMeasurements());
        List<DemoRun> runs = presenter.train(seedList(), demo::run);
        presenter.show(DemoPresenter.Subject.of(demo), runs);
        return 0;
    }

    private void validate(Lang lang) {
        if (seed != null && seeds != null) {
            throw new UserError(Text.of("--seed와 --seeds 중 하나만 주세요", "give either --seed or --seeds, not both"));
        }
        if (seeds != null && (seeds < 1 || seeds > 100)) {
            throw new UserError(Text.of("--seeds는 1에서 100 사이여야 합니다 (받은 값 " + seeds + ")",
                    "--seeds must be between 1 and 100 (got " + seeds + ")"));
        }
        if (seed != null && seed < 0) {
            throw new UserError(Text.of("--seed는 0 이상이어야 합니다 (받은 값 " + seed + ")",
                    "--seed must be 0 or more (got " + seed + ")"));
        }
        output.validate(lang, seeds != null);
    }

    private List<Long> seedList() {
        if (seeds != null) return LongStream.range(0, seeds).boxed().toList();
        return List.of(seed == null ? 0L : seed);
    }

    private void export(Gradcards root, Demo demo, Lang lang) {
        if (!demo.exportable()) {
            throw new UserError(Text.of(gradcards.i18n.Counted.Particle.TOPIC.after(demo.id()) + " --export를 지원하지 않습니다 (순수 MLP 데모만 가능)",
                    demo.id() + " does not support --export (plain-MLP demos only)"));
        }
        long s = seed == null ? 0L : seed;
        RunExport e = DemoPresenter.guard(() -> demo.export(s, output.step()), lang);
        output.writeExport(root, root.demos().exportJson(e), e, lang);
    }
}
