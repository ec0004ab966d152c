package gradcards.app;

import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.io.SafeWriter;
import gradcards.trainer.RunExport;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output options shared by `demo run` and `demo custom`: --json, --svg FILE, --export FILE [--step K]. */
public class DemoOutputOptions {

    @Option(names = "--json", description = "Print the result as JSON instead of the chart. 결과를 JSON으로 출력.")
    boolean json;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also write the chart as an SVG picture. 그래프를 SVG 그림으로 저장.")
    Path svg;

    @Option(names = "--export", paramLabel = "FILE",
            description = "Write the network at step K with its gradients as JSON (demos.md §4). 네트워크와 기울기를 JSON으로 내보내기.")
    Path export;

    @Option(names = "--force", description = "Replace an existing --svg or --export file. 있는 파일을 바꿔 쓰기.")
    boolean force;

    @Option(names = "--step", paramLabel = "K", description = "The training step to export (default 0). 내보낼 학습 단계.")
    Integer step;

    /** Fails on combinations that make no sense: --step without --export, a negative step, --export with --seeds. */
    void validate(Lang lang, boolean manySeeds) {
        if (step != null && export == null) {
            throw new UserError(Text.of("--step은 --export와 함께만 쓸 수 있습니다", "--step only goes with --export FILE"));
        }
        if (step != null && step < 0) {
            throw new UserError(Text.of("--step은 0 이상이어야 합니다 (받은 값 " + step + ")",
                    "--step must be 0 or more (got " + step + ")"));
        }
        if (export != null && manySeeds) {
            throw new UserError(Text.of("--export는 시드 하나의 네트워크를 씁니다: --seeds 대신 --seed N을 쓰세요",
                    "--export writes one seed's network: use --seed N instead of --seeds"));
        }
    }

    /** Checks that every requested output file can be written, before any training. */
    void checkPaths(Gradcards root) {
        if (svg != null) writer(root).check(svg, "--svg");
        if (export != null) writer(root).check(export, "--export");
    }

    /** The writer for output files: never the study database or any SQLite file, an existing file only with --force. */
    SafeWriter writer(Gradcards root) {
        return new SafeWriter(root.options().dbPath(root.env()), force);
    }

    /** The step to export. */
    int step() {
        return step == null ? 0 : step;
    }

    /** Writes the export JSON and says so (on stderr when stdout carries --json). */
    void writeExport(Gradcards root, String jsonText, RunExport e, Lang lang) {
        writer(root).writeText(export, "--export", jsonText);
        String msg = lang.t(" " + e.demo() + " 시드 " + e.seed() + " 단계 " + e.step() + "의 네트워크(" + e.layers().size()
                + "층)를 " + export + "에 썼습니다", " wrote " + e.demo() + " seed " + e.seed() + " step " + e.step()
                + " (" + e.layers().size() + " layers) to " + export);
        (json ? root.spec.commandLine().getErr() : root.out()).println(msg);
    }
}
