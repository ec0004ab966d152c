package gradcards.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * `gradcards bench first-runs`: each demo's first run in fresh processes, the way a learner gets it from `demo run`,
 * beside PyTorch's first run of the same workload when a Python with torch is given. Every gradcards run is a new JVM
 * with the launcher's flags for that demo (its class-data archive, the serial collector, and for the demos that only
 * probe C1 with a tenth of the compile thresholds) running the real `demo run ID --json --plain` command through a
 * child main class that reads the main thread's CPU time, the process's CPU time (all threads: JIT compilers too)
 * and the wall time around the demo's run. Every PyTorch run is a new Python (`src/test/python/torch_demos.py first
 * ID`: `import torch` is not timed). Per round, each demo runs once on each side, the order alternating between
 * rounds, so that load on a shared machine falls on both alike; each cell is the median of the rounds.
 */
public final class FirstRunBench {
    /** The demos the launcher runs with C1 only and a tenth of the compile thresholds (src/main/launcher/gradcards). */
    public static final Set<String> PROBING = Set.of("D01", "D02", "D03", "D04", "D06", "D07", "D15");
    /** The JIT flags the launcher gives `demo run` of a probing demo. */
    public static final List<String> PROBING_FLAGS = List.of("-XX:TieredStopAtLevel=1",
            "-XX:CompileThresholdScaling=0.1");
    /** The flags the launcher gives every command. */
    public static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k");

    /** What one gradcards first run measured, in milliseconds. */
    public record JavaRun(double wallMs, double mainCpuMs, double processCpuMs) {
    }

    /** What one PyTorch first run measured, in milliseconds (process CPU). */
    public record TorchRun(double wallMs, double cpuMs) {
    }

    /** How to start the children: java, the jar, the child main class, the CDS archive (or null), PyTorch (or null). */
    public record Setup(Path java, Path jar, String childClass, Path archive, Path python, Path torchScript,
                        Path dataDir) {
    }

    /** Medians per demo. */
    public record Row(String demo, int n, double mainCpuMs, double processCpuMs, double wallMs, double minMainCpuMs,
                      double maxMainCpuMs, double torchCpuMs, double torchWallMs, int torchN) {
        /** gradcards' process CPU ÷ PyTorch's process CPU (both whole processes during the run), NaN without torch. */
        public double ratio() {
            return torchN == 0 ? Double.NaN : processCpuMs / torchCpuMs;
        }
    }

    private final Setup setup;

    public FirstRunBench(Setup setup) {
        this.setup = setup;
    }

    /** The JVM flags of `demo run ID` through the launcher (besides the archive). */
    public static List<String> jvmFlags(String demo) {
        List<String> f = new ArrayList<>(LAUNCHER_FLAGS);
        if (PROBING.contains(demo)) f.addAll(PROBING_FLAGS);
        return f;
    }

    /** Runs the demos for the given number of rounds and returns one row per demo. */
    public List<Row> run(List<String> demos, int rounds, BenchProgress progress, String stage) {
        Map<String, List<JavaRun>> java = new LinkedHashMap<>();
        Map<String, List<TorchRun>> torch = new LinkedHashMap<>();
        for (String d : demos) {
            java.put(d, new ArrayList<>());
            torch.put(d, new ArrayList<>());
        }
        int total = rounds * demos.size();
        int done = 0;
        for (int r = 0; r < rounds; r++) {
            for (String d : demos) {
                progress.at(stage + " · " + d, done++, total);
                boolean torchFirst = r % 2 == 1;
                if (torchFirst && setup.python() != null) torch.get(d).add(torchRun(d));
                java.get(d).add(javaRun(d));
                if (!torchFirst && setup.python() != null) torch.get(d).add(torchRun(d));
            }
        }
        progress.at(stage, total, total);
        List<Row> rows = new ArrayList<>();
        for (String d : demos) {
            List<JavaRun> j = java.get(d);
            List<TorchRun> t = torch.get(d);
            double[] main = j.stream().mapToDouble(JavaRun::mainCpuMs).toArray();
            rows.add(new Row(d, j.size(), median(main), median(j.stream().mapToDouble(JavaRun::processCpuMs).toArray()),
                    median(j.stream().mapToDouble(JavaRun::wallMs).toArray()), Arrays.stream(main).min().orElse(0),
                    Arrays.stream(main).max().orElse(0), t.isEmpty() ? Double.NaN
                    : median(t.stream().mapToDouble(TorchRun::cpuMs).toArray()), t.isEmpty() ? Double.NaN
                    : median(t.stream().mapToDouble(TorchRun::wallMs).toArray()), t.size()));
        }
        return rows;
    }

    private JavaRun javaRun(String demo) {
        List<String> cmd = new ArrayList<>(List.of(setup.java().toString()));
        if (setup.archive() != null) cmd.addAll(List.of("-XX:SharedArchiveFile=" + setup.archive(), "-Xshare:auto"));
        cmd.addAll(jvmFlags(demo));
        cmd.addAll(List.of("-cp", setup.jar().toString(), setup.childClass(), "--db",
                setup.dataDir().resolve("first-runs.sqlite").toString(), "demo", "run", demo, "--json", "--plain"));
        String line = lastLineStartingWith(exec(cmd, true), "first-run ");
        String[] f = line.split(" ");
        return new JavaRun(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
    }

    private TorchRun torchRun(String demo) {
        String out = exec(List.of(setup.python().toString(), setup.torchScript().toString(), "first", demo), false);
        // "D05 first wall_ms 212.3 cpu_ms 208.1"
        String[] f = lastLineStartingWith(out, demo + " first ").split(" ");
        return new TorchRun(Double.parseDouble(f[3]), Double.parseDouble(f[5]));
    }

    private static String lastLineStartingWith(String text, String prefix) {
        String found = null;
        for (String l : text.split("\n")) {
            if (l.startsWith(prefix)) found = l.trim();
        }
        if (found == null) throw new IllegalStateException("no '" + prefix.trim() + "' line in: " + text);
        return found;
    }

    /** Runs a child and returns its stderr (stdErr) or stdout; a failed run is an error. */
    private String exec(List<String> cmd, boolean stdErr) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (stdErr) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        pb.environment().put("XDG_DATA_HOME", setup.dataDir().toString());
        pb.environment().put("XDG_CACHE_HOME", setup.dataDir().resolve("cache").toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        try {
            Process p = pb.start();
            byte[] bytes = (stdErr ? p.getErrorStream() : p.getInputStream()).readAllBytes();
            int code = p.waitFor();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (code != 0) throw new IllegalStateException("exit " + code + ": " + String.join(" ", cmd) + "\n" + text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The class-data archive the launcher builds for this jar and JDK: runs the launcher once with GRADCARDS_CDS=sync
     * and the cache folder in dataDir, then returns the archive it wrote, or null (no launcher, or no archive).
     */
    public static Path launcherArchive(Path launcher, Path java, Path dataDir) {
        if (launcher == null) return null;
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--help").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", dataDir.resolve("cache").toString());
        pb.environment().put("XDG_DATA_HOME", dataDir.toString());
        pb.environment().put("GRADCARDS_CDS", "sync");
        pb.environment().put("GRADCARDS_AOT", "0");
        pb.environment().put("JAVA_HOME", java.getParent().getParent().toString());
        try {
            pb.start().waitFor();
            Path cds = dataDir.resolve("cache").resolve("gradcards").resolve("cds");
            if (!Files.isDirectory(cds)) return null;
            try (var s = Files.list(cds)) {
                return s.filter(p -> p.toString().endsWith(".jsa")).findFirst().orElse(null);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The 1-minute load average, or NaN where /proc/loadavg cannot be read. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The geometric mean of the rows' ratios that are defined, NaN when none is. */
    public static double geometricMeanRatio(List<Row> rows) {
        double logSum = 0;
        int n = 0;
        for (Row r : rows) {
            if (Double.isFinite(r.ratio()) && r.ratio() > 0) {
                logSum += Math.log(r.ratio());
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }

    /** The table as printable lines. */
    public static String render(List<Row> rows, int rounds, double loadBefore, double loadAfter, boolean korean) {
        StringBuilder b = new StringBuilder();
        boolean torch = rows.stream().anyMatch(r -> r.torchN() > 0);
        b.append(String.format(Locale.ROOT, korean
                ? "첫 실행: 데모마다 새 프로세스 %d회의 중앙값%s, 부하 평균 %.1f → %.1f%n"
                : "first runs: median of %d fresh processes per demo%s; load average %.1f → %.1f%n",
                rounds, torch ? (korean ? " (PyTorch와 번갈아)" : " (interleaved with PyTorch)") : "", loadBefore, loadAfter));
        b.append(korean
                ? " 데모  gradcards: 메인 스레드 CPU [최소–최대]  프로세스 CPU   벽시계 │ PyTorch: CPU   벽시계 │ CPU 비율\n"
                : " demo  gradcards: main-thread CPU [min–max]  process CPU     wall │ PyTorch: CPU     wall │ CPU ratio\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, " %-4s  %8.1f ms [%5.1f–%6.1f]          %8.0f ms %7.0f ms │ ", r.demo(),
                    r.mainCpuMs(), r.minMainCpuMs(), r.maxMainCpuMs(), r.processCpuMs(), r.wallMs()));
            if (r.torchN() == 0) {
                b.append(String.format(Locale.ROOT, "%11s %11s │ %s%n", "–", "–", "–"));
            } else {
                b.append(String.format(Locale.ROOT, "%8.0f ms %8.0f ms │ %5.2f×%n", r.torchCpuMs(), r.torchWallMs(),
                        r.ratio()));
            }
        }
        double g = geometricMeanRatio(rows);
        if (Double.isFinite(g)) {
            b.append(String.format(Locale.ROOT, korean
                    ? " 기하 평균 비율 (gradcards 프로세스 CPU ÷ PyTorch 프로세스 CPU): %.2f× (목표 ≤ 1)%n"
                    : " geometric mean ratio (gradcards process CPU ÷ PyTorch process CPU): %.2f× (goal ≤ 1)%n", g));
        } else {
            b.append(korean ? " PyTorch 없음: --python으로 torch가 설치된 파이썬을 주면 나란히 잽니다\n"
                    : " no PyTorch: give a Python with torch installed with --python to measure it side by side\n");
        }
        return b.toString();
    }

    static double median(double[] values) {
        return StartupBench.median(values);
    }
}
