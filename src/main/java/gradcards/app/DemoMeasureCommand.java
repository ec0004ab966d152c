package gradcards.app;

import gradcards.content.Measurements;
import gradcards.i18n.Lang;
import gradcards.demos.Demo;
import gradcards.demos.DemoRun;
import gradcards.demos.MultiSeed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `gradcards demo measure`: runs every demo for seeds 0–9 and writes the measurements file the cards quote
 * (content/measurements.json): per demo and metric the median, min, max, diverged seeds and the values.
 */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = {"Run every demo for seeds 0-9 and write the measurements the cards quote ({D02.w_ratio} keys): "
            + "per metric the median, min, max and the seeds where it diverged.",
            "모든 데모를 시드 0-9로 실행해 카드가 인용하는 측정값({D02.w_ratio} 키)을 씁니다: 지표마다 중앙값, 최소, 최대, 발산한 시드 수.",
            "", "Example / 예: gradcards demo measure --write content/measurements.json", ""})
public class DemoMeasureCommand implements Callable<Integer> {
    /** The seeds the committed file is measured with. */
    static final int SEEDS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--write", paramLabel = "FILE",
            description = "Write the file here (default: print it). 이 파일에 씁니다 (없으면 화면에 출력).")
    Path write;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        Lang lang = root.lang();
        // --write regenerates the committed file: replacing it is the point (force); never the study database
        gradcards.io.SafeWriter writer = new gradcards.io.SafeWriter(root.options().dbPath(root.env()), true);
        if (write != null) writer.check(write, "--write");
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<DemoRun>> runs = new LinkedHashMap<>();
        boolean live = DemoPresenter.live(root);
        gradcards.ui.ProgressLine line = new gradcards.ui.ProgressLine(root.out(), lang, DemoCommand.columns(root.env()));
        List<Demo> demos = root.demos().demos();
        try {
            for (Demo demo : demos) {
                if (live) {
                    line.count(lang.t(demo.id() + " 측정 중 (시드 " + SEEDS + "개)", "measuring " + demo.id() + " (" + SEEDS
                            + " seeds)"), runs.size(), demos.size());
                }
                runs.put(demo.id(), DemoPresenter.guard(() -> MultiSeed.runs(demo, SEEDS, 2), lang));
                if (write != null && !live) {
                    err.println(lang.t(demo.id() + " 시드 " + SEEDS + "개 측정 완료", demo.id() + " measured, " + SEEDS + " seeds"));
                    err.flush();
                }
            }
        } finally {
            line.clear();
        }
        String text = of(runs).toJson();
        if (write == null) {
            root.out().print(text);
        } else {
            writer.writeText(write, "--write", text);
            root.out().println(lang.t("측정값 " + of(runs).keys().size() + "개를 " + write + "에 썼습니다",
                    "wrote " + of(runs).keys().size() + " measurements to " + write));
        }
        return 0;
    }

    /** The measurements of the runs (every demo's runs in seed order). */
    static Measurements of(Map<String, List<DemoRun>> runs) {
        Map<String, Map<String, Measurements.Stat>> demos = new LinkedHashMap<>();
        List<Long> seeds = List.of();
        for (var e : runs.entrySet()) {
            List<DemoRun> rs = e.getValue();
            seeds = rs.stream().map(DemoRun::seed).toList();
            Map<String, Measurements.Stat> metrics = new LinkedHashMap<>();
            for (String name : rs.get(0).metrics().keySet()) {
                metrics.put(name, Measurements.Stat.of(rs.stream().mapToDouble(r -> r.metrics().get(name)).toArray()));
            }
            demos.put(e.getKey(), metrics);
        }
        return new Measurements(seeds.isEmpty() ? LongStream.range(0, SEEDS).boxed().toList() : seeds, demos);
    }
}
