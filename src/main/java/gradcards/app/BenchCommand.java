package gradcards.app;

import gradcards.bench.StoreBench;
import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.demos.DemoRun;
import gradcards.demos.Progress;
import gradcards.i18n.Lang;
import gradcards.render.Table;
import gradcards.ui.ProgressLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `gradcards bench trainer`: times every demo for one seed against the PyTorch reference, and the dense GMAC/s. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: 'gradcards bench trainer' times the mini trainer; 'gradcards bench store' the database; 'gradcards bench startup' whole-process start-up;",
            "'gradcards bench import' importing and start-up with user cards; 'gradcards bench plan' the exam planner;",
            "'gradcards bench first-runs' every demo's first run in fresh processes, beside PyTorch's.",
            "벤치마크: 'bench trainer' 트레이너, 'bench store' 데이터베이스, 'bench startup' 시작 시간, 'bench import' 가져오기와 내 카드 시작 시간."})
public class BenchCommand implements Callable<Integer> {
    /** PyTorch 1.13 float64 CPU seconds per seed on a 2-core machine (demos.md §3). */
    static final Map<String, Double> TORCH_SECONDS = Map.ofEntries(Map.entry("D01", 0.009), Map.entry("D02", 0.004),
            Map.entry("D03", 0.007), Map.entry("D04", 0.002), Map.entry("D05", 0.22), Map.entry("D06", 0.009),
            Map.entry("D07", 0.027), Map.entry("D08", 1.03), Map.entry("D09", 0.81), Map.entry("D10", 0.39),
            Map.entry("D11", 0.93), Map.entry("D12", 0.35), Map.entry("D13", 0.63), Map.entry("D14", 0.20),
            Map.entry("D15", 0.017));

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Builds a 100,000-review database and times the overview's queries and answering a card. */
    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Build a temporary database with 100,000 reviews, then time the overview's queries and",
                "saving an answer (median and p99 of 1,000). Targets: overview < 0.5 s, an answer < 20 ms.",
                "리뷰 10만 건 데이터베이스에서 개요 질의와 답 저장 시간을 잽니다."})
    int store() {
        Gradcards root = Gradcards.root(spec);
        ProgressLine line = new ProgressLine(root.out(), root.lang(), DemoCommand.columns(root.env()));
        String report;
        try {
            report = StoreBench.report(progress(root, line), root.lang() == Lang.KO);
        } finally {
            line.clear(); // before the report, which would otherwise start on the progress line
        }
        root.out().println(report);
        return 0;
    }

    /** Times the exam planner on 10,000 cards and what an exam date adds to the overview and stats (issue 8). */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Time the exam planner on 10,000 synthetic cards (first call, then the median after warm-up;"
                + " wall and CPU time; target < 50 ms) and, in this process, what an exam date adds to the overview and"
                + " to stats on a 100,000-review database.",
                "시험 계획기를 카드 1만 장으로 재고(첫 호출, 예열 뒤 중앙값), 리뷰 10만 건에서 시험일이 개요와 stats에 더하는 시간을 잽니다."})
    int plan(@picocli.CommandLine.Option(names = "--runs", defaultValue = "15",
            description = {"Timed planner calls after warm-up (default 15; at least 9).", "예열 뒤 재는 횟수 (기본 15, 최소 9)."})
             int runs) throws java.io.IOException {
        if (runs < 9) throw new gradcards.error.UserError(gradcards.i18n.Text.of("--runs는 9 이상이어야 합니다 (입력: " + runs
                + ")", "--runs must be at least 9 (got " + runs + ")"));
        BenchPlan.run(Gradcards.root(spec), runs);
        return 0;
    }

    /** Times a 20,000-note import, and the overview's start-up with 5,000 user cards against none (interleaved). */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Time importing a 20,000-note Anki package into a fresh database (target < 5 s): each run's",
                "wall time, CPU time of the importing thread and of the whole process, and the load average. Then the",
                "user-deck loading step (CPU) and the overview command (in-process, after warm-up) on a database with",
                "5,000 imported cards against one with none, runs interleaved, medians and their ratio.",
                "2만 노트 Anki 패키지 가져오기 시간(목표 5초 미만)과, 내 카드 5,000장이 있을 때와 없을 때의 개요 시작 시간을 잽니다."})
    int importBench() throws java.io.IOException {
        Gradcards root = Gradcards.root(spec);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("gradcards-bench-import");
        try {
            root.out().println(gradcards.bench.ImportBench.importReport(dir));
            java.nio.file.Path[] dbs = gradcards.bench.ImportBench.startupDatabases(dir);
            root.out().println(gradcards.bench.ImportBench.userDeckLoadReport(dbs));
            double[][] ms = new double[2][9];
            double[][] cpu = new double[2][9];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int r = -2; r < 9; r++) { // two warm-up rounds, then 9 interleaved pairs
                for (int k = 0; k < 2; k++) {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    Env quiet = new Env(java.util.Map.of("HOME", dir.toString(), "TZ", "UTC"), java.io.InputStream.nullInputStream(),
                            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false, false);
                    int code = Main.run(new String[] {"--db", dbs[k].toString(), "--plain", "--now", "2026-12-01T09:00:00Z"}, quiet);
                    if (code != 0) throw new IllegalStateException("overview failed on " + dbs[k]);
                    if (r >= 0) ms[k][r] = (System.nanoTime() - t0) / 1e6;
                    if (r >= 0) cpu[k][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
            for (double[] a : ms) java.util.Arrays.sort(a);
            for (double[] a : cpu) java.util.Arrays.sort(a);
            root.out().println(String.format(Locale.ROOT, "start-up (overview command in-process, median of 9 interleaved):"
                    + " no user cards %.1f ms wall / %.1f ms CPU, %,d user cards %.1f ms wall / %.1f ms CPU,"
                    + " ratio %.2f wall / %.2f CPU (target: overview < 500 ms)", ms[0][4], cpu[0][4],
                    gradcards.bench.ImportBench.USER_CARDS, ms[1][4], cpu[1][4], ms[1][4] / ms[0][4], cpu[1][4] / cpu[0][4]));
        } finally {
            try (var s = java.nio.file.Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** Times whole gradcards processes, launcher and java -jar, beside a bare JVM (interleaved rounds). */
    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = {"Time whole gradcards processes (--help, the overview on an empty and on a 100,000-review "
                + "database (also with an exam date) and with 5,000 imported cards, stats on 100,000 reviews (also with an "
                + "exam date), demo run D01), each through the launcher target/gradcards and "
                + "through plain java -jar, beside a bare JVM printing hello from the same jar; rounds interleaved, "
                + "median and ratio to the bare JVM. Needs the built jar (mvn package).",
                "gradcards 명령 전체의 시작 시간을 실행 스크립트와 java -jar로, 맨 JVM과 번갈아 재어 중앙값과 배수를 보여 줍니다."})
    int startup(@picocli.CommandLine.Option(names = "--rounds", defaultValue = "9",
            description = {"Interleaved rounds (default 9; at least 3).", "번갈아 재는 횟수 (기본 9, 최소 3)."}) int rounds) {
        Gradcards root = Gradcards.root(spec);
        if (rounds < 3) {
            throw new gradcards.error.UserError(gradcards.i18n.Text.of("--rounds는 3 이상이어야 합니다 (입력: " + rounds + ")",
                    "--rounds must be at least 3 (got " + rounds + ")"));
        }
        java.nio.file.Path jar = runningJar();
        if (jar == null) {
            throw new gradcards.error.UserError(gradcards.i18n.Text.of(
                    "bench startup은 빌드된 jar를 잽니다: 'mvn -B -q package -DskipTests' 후 target/gradcards로 실행하세요",
                    "bench startup times the built jar: run 'mvn -B -q package -DskipTests' "
                    + "and start it with target/gradcards or java -jar target/gradcards.jar"));
        }
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("gradcards-startup");
            java.nio.file.Path big = dir.resolve("big.sqlite");
            ProgressLine line = new ProgressLine(root.out(), root.lang(), DemoCommand.columns(root.env()));
            gradcards.bench.BenchProgress progress = progress(root, line);
            StoreBench.build(big, new java.util.Random(42), progress, root.lang().t("리뷰 10만 건 쓰기", "writing 100k reviews"));
            java.nio.file.Path exam = dir.resolve("exam.sqlite"); // the same reviews with an exam date in 60 days
            java.nio.file.Files.copy(big, exam);
            try (gradcards.store.Database d = gradcards.store.Database.open(exam)) {
                d.saveSetting("exam-date", java.time.LocalDate.now().plusDays(60).toString());
            }
            progress.at(root.lang().t("내 카드 5,000장 가져오기", "importing 5,000 user cards"), 0, 1);
            java.nio.file.Path user = gradcards.bench.ImportBench.startupDatabases(dir)[1];
            String empty = dir.resolve("empty.sqlite").toString();
            List<gradcards.bench.StartupBench.Case> cases = List.of(
                    new gradcards.bench.StartupBench.Case("--help", List.of("--help")),
                    new gradcards.bench.StartupBench.Case(root.lang().t("개요 (빈 DB)", "overview (empty db)"),
                            List.of("--db", empty)),
                    new gradcards.bench.StartupBench.Case(root.lang().t("개요 (리뷰 10만)", "overview (100k reviews)"),
                            List.of("--db", big.toString())),
                    new gradcards.bench.StartupBench.Case(root.lang().t("개요 (리뷰 10만, 시험일)", "overview (100k, exam date)"),
                            List.of("--db", exam.toString())),
                    new gradcards.bench.StartupBench.Case(root.lang().t("개요 (내 카드 5,000)", "overview (5,000 user cards)"),
                            List.of("--db", user.toString())),
                    new gradcards.bench.StartupBench.Case(root.lang().t("stats (리뷰 10만)", "stats (100k reviews)"),
                            List.of("--db", big.toString(), "stats")),
                    new gradcards.bench.StartupBench.Case(root.lang().t("stats (리뷰 10만, 시험일)", "stats (100k, exam date)"),
                            List.of("--db", exam.toString(), "stats")),
                    new gradcards.bench.StartupBench.Case("demo run D01", List.of("--db", empty, "demo", "run", "D01")));
            java.nio.file.Path javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java");
            var bench = new gradcards.bench.StartupBench(javaBin, jar, gradcards.bench.StartupBench.launcherBeside(jar),
                    Map.of("XDG_DATA_HOME", dir.toString(), "TZ", "UTC"));
            gradcards.bench.StartupBench.Report report;
            try {
                report = bench.run(cases, rounds, progress, root.lang().t("번갈아 재기", "interleaved rounds"));
            } finally {
                line.clear();
            }
            root.out().print(report.render(root.lang() == Lang.KO));
            return 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Each demo's first run in fresh processes (launcher flags), beside PyTorch's when a Python with torch is given. */
    @Command(name = "first-runs", mixinStandardHelpOptions = true,
            description = {"Time every demo's first run the way 'demo run' gets it: a fresh JVM per run with the launcher's"
                + " flags for that demo, the main thread's and the whole process's CPU time and the wall time around the"
                + " run; with --python, PyTorch's first run of the same workload (src/test/python/torch_demos.py, a fresh"
                + " Python per run) interleaved with it. Medians of the rounds, the CPU ratio per demo and its geometric"
                + " mean, and the load average. Needs the built jar (mvn package).",
                "데모마다 'demo run'의 첫 실행을 새 JVM으로 재고, --python이 있으면 PyTorch의 첫 실행과 번갈아 잽니다."})
    int firstRuns(@picocli.CommandLine.Option(names = "--rounds", defaultValue = "9", paramLabel = "N",
            description = {"Fresh processes per demo and side (default 9; at least 3).", "데모마다 새 프로세스 수 (기본 9, 최소 3)."}) int rounds,
                  @picocli.CommandLine.Option(names = "--demos", split = ",", paramLabel = "ID",
            description = {"Only these demos, e.g. D03,D15 (default: all).", "이 데모만 (예: D03,D15; 기본: 전부)."}) List<String> only,
                  @picocli.CommandLine.Option(names = "--python", paramLabel = "PYTHON",
            description = {"A Python with torch installed, to time PyTorch's first runs beside.", "torch가 설치된 파이썬."}) java.nio.file.Path python,
                  @picocli.CommandLine.Option(names = "--torch-script", paramLabel = "FILE", defaultValue = "src/test/python/torch_demos.py",
            description = {"The PyTorch workloads (default: src/test/python/torch_demos.py of the checkout).", "PyTorch 작업 스크립트."})
            java.nio.file.Path script) throws java.io.IOException {
        Gradcards root = Gradcards.root(spec);
        if (rounds < 3) {
            throw new gradcards.error.UserError(gradcards.i18n.Text.of("--rounds는 3 이상이어야 합니다 (입력: " + rounds + ")",
                    "--rounds must be at least 3 (got " + rounds + ")"));
        }
        java.nio.file.Path jar = runningJar();
        if (jar == null) {
            throw new gradcards.error.UserError(gradcards.i18n.Text.of(
                    "bench first-runs는 빌드된 jar를 잽니다: 'mvn -B -q package -DskipTests' 후 target/gradcards로 실행하세요",
                    "bench first-runs times the built jar: run 'mvn -B -q package -DskipTests' and start it with target/gradcards"));
        }
        if (python != null && !java.nio.file.Files.isRegularFile(script)) {
            throw new gradcards.error.UserError(gradcards.i18n.Text.of("PyTorch 스크립트를 찾을 수 없습니다: " + script
                    + " (체크아웃 폴더에서 실행하거나 --torch-script로 지정하세요)", "PyTorch script not found: " + script
                    + " (run from the checkout or give --torch-script)"));
        }
        List<String> demos = new ArrayList<>();
        for (Demo d : root.demos().demos()) {
            if (only == null || only.stream().anyMatch(o -> gradcards.demos.DemoId.matches(d.id(), o))) demos.add(d.id());
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("gradcards-first-runs");
        try {
            java.nio.file.Path javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java");
            java.nio.file.Path archive = gradcards.bench.FirstRunBench.launcherArchive(
                    gradcards.bench.StartupBench.launcherBeside(jar), javaBin, dir);
            var bench = new gradcards.bench.FirstRunBench(new gradcards.bench.FirstRunBench.Setup(javaBin, jar,
                    FirstRunChild.class.getName(), archive, python, script.toAbsolutePath(), dir));
            ProgressLine line = new ProgressLine(root.out(), root.lang(), DemoCommand.columns(root.env()));
            double before = gradcards.bench.FirstRunBench.loadAverage();
            List<gradcards.bench.FirstRunBench.Row> rows;
            try {
                rows = bench.run(demos, rounds, progress(root, line), root.lang().t("첫 실행", "first runs"));
            } finally {
                line.clear();
            }
            root.out().print(gradcards.bench.FirstRunBench.render(rows, rounds, before,
                    gradcards.bench.FirstRunBench.loadAverage(), root.lang() == Lang.KO));
            if (archive == null) root.out().println(root.lang().t(" (클래스 데이터 아카이브 없이: 실행 스크립트가 없거나 만들지 못함)",
                    " (without the class-data archive: no launcher beside the jar, or it could not build one)"));
            return 0;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A benchmark's progress drawn on the line (as a demo's: only on a terminal, nothing when output is piped). */
    private static gradcards.bench.BenchProgress progress(Gradcards root, ProgressLine line) {
        return root.options().plain(root.env()) ? gradcards.bench.BenchProgress.NONE : line::update;
    }

    /** The jar this process runs from, or null when it runs from a classes folder. */
    private static java.nio.file.Path runningJar() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(BenchCommand.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        if (dir == null) return;
        try (var s = java.nio.file.Files.walk(dir)) {
            for (var p : s.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(p);
        } catch (java.io.IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** Runs every demo once (seed 0) and prints the timing table and the dense throughput. */
    @Command(name = "trainer", mixinStandardHelpOptions = true,
            description = {"Run every demo for seed 0 (after one untimed warm-up pass for the JIT) and compare the "
                + "trainer's time with PyTorch's (demos.md §3), then measure dense forward + backward GMAC/s at width "
                + "32 and 256.",
                "모든 데모를 시드 0으로 실행해(JIT 예열 1회 후) PyTorch 시간과 비교하고, 밀집층 순전파+역전파 GMAC/s를 잽니다.",
                ""})
    int trainer() {
        Gradcards root = Gradcards.root(spec);
        Lang lang = root.lang();
        Table table = new Table(List.of(lang.t("데모", "demo"), lang.t("트레이너", "trainer"), "PyTorch",
                lang.t("더 빠른가?", "faster?")), 3, false, true, true, false);
        int columns = DemoCommand.columns(root.env());
        runAll(root, lang, columns, lang.t("예열", "warm-up"));
        List<DemoRun> runs = runAll(root, lang, columns, lang.t("측정", "timing"));
        runs.forEach(run -> table.add(row(run, lang)));
        table.add(total(runs, lang));
        table.render(columns, DemoCommand.style(root)).forEach(root.out()::println);
        DemoBackend backend = root.demos();
        root.out().println(lang.t(" 밀집층 순전파+역전파: ", " dense forward + backward: ")
                + gmacs(backend.denseGmacs(32)) + lang.t(" (너비 32), ", " at width 32, ")
                + gmacs(backend.denseGmacs(256)) + lang.t(" (너비 256)", " at width 256"));
        for (int width : new int[] {32, 256}) {
            double[] k = backend.kernelGmacs(width);
            if (k != null) root.out().println(kernelLine(width, k, lang));
        }
        return 0;
    }

    private List<DemoRun> runAll(Gradcards root, Lang lang, int columns, String pass) {
        boolean live = !root.options().plain(root.env());
        ProgressLine line = new ProgressLine(root.out(), lang, columns);
        List<DemoRun> runs = new ArrayList<>();
        try {
            for (Demo d : root.demos().demos()) {
                Progress p = live ? (label, step, total, loss) -> line.update(pass + " · " + d.id() + " · " + label,
                        step, total, loss) : Progress.NONE;
                runs.add(d.run(0, p));
            }
        } finally {
            line.clear();
        }
        return runs;
    }

    /** A demo under this trainer time counts as instant, whatever PyTorch takes (the demo issue's rule). */
    static final double INSTANT_SECONDS = 0.050;

    private static List<String> row(DemoRun run, Lang lang) {
        Double torch = TORCH_SECONDS.get(run.demo());
        double seconds = run.trainerNanos() / 1e9;
        String faster = torch == null ? "–" : verdict(torch / Math.max(seconds, 1e-9), lang)
                + (seconds < INSTANT_SECONDS ? lang.t(" · 즉시(< 50 ms)", " · instant (< 50 ms)") : "");
        return List.of(run.demo(), String.format(Locale.ROOT, "%.1f ms", run.trainerNanos() / 1e6),
                torch == null ? "–" : String.format(Locale.ROOT, "%.3f s", torch), faster);
    }

    private static List<String> total(List<DemoRun> runs, Lang lang) {
        double ms = runs.stream().mapToLong(DemoRun::trainerNanos).sum() / 1e6;
        double torch = runs.stream().mapToDouble(r -> TORCH_SECONDS.getOrDefault(r.demo(), 0.0)).sum();
        return List.of(lang.t("합계", "total"), String.format(Locale.ROOT, "%.1f ms", ms),
                String.format(Locale.ROOT, "%.3f s", torch), verdict(torch / Math.max(ms / 1e3, 1e-9), lang));
    }

    /** "yes, 12×" when the trainer is faster than PyTorch, else "no, 0.8×" (speed-up = torch time / trainer time). */
    public static String verdict(double speedup, Lang lang) {
        String x = speedup >= 10 ? String.format(Locale.ROOT, "%.0f×", speedup) : String.format(Locale.ROOT, "%.1f×", speedup);
        return speedup >= 1 ? lang.t("예, ", "yes, ") + x : lang.t("아니오, ", "no, ") + x;
    }

    /** " dense kernel, width 32: scalar reference 5.90 → blocked 9.10 GMAC/s (1.54×; …)". */
    static String kernelLine(int width, double[] k, Lang lang) {
        return String.format(Locale.ROOT, lang.t(" 밀집 커널 너비 %d: 스칼라 기준 %.2f → 블록 %.2f GMAC/s (%.2f×; CPU 초당, 번갈아 9회 중앙값)",
                " dense kernel, width %d: scalar reference %.2f → blocked %.2f GMAC/s (%.2f×; per CPU second, median of 9 interleaved rounds)"),
                width, k[0], k[1], k[1] / k[0]);
    }

    private static String gmacs(double v) {
        return String.format(Locale.ROOT, "%.2f GMAC/s", v);
    }
}
