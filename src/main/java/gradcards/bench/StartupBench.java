package gradcards.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `gradcards bench startup`: wall time of whole gradcards processes, each command through the launcher and through
 * plain {@code java -jar}, beside a bare JVM printing "hello" from the same jar. The runs are interleaved (round
 * after round, every command and mode once per round) so that load on a shared machine falls on all of them alike;
 * each row is the median of the rounds and its ratio to the bare JVM's median.
 */
public final class StartupBench {
    /** One command line to time; args are gradcards' arguments ({@code null} for the bare JVM). */
    public record Case(String name, List<String> args) {
    }

    /** How a command is started. */
    public enum Mode { JAR, LAUNCHER }

    /** Medians in milliseconds per case and mode, and the bare JVM's. */
    public record Report(int rounds, double helloMs, Map<String, Map<Mode, Double>> medianMs) {
        /** The report as printable lines. */
        public String render(boolean korean) {
            StringBuilder b = new StringBuilder();
            b.append(korean ? String.format("시작 시간: 중앙값(%d회, 번갈아 실행), 괄호 안은 맨 JVM 대비 배수%n", rounds)
                    : String.format("start-up: median of %d interleaved rounds; in brackets the ratio to a bare JVM%n", rounds));
            b.append(String.format("  %-30s %10.0f ms%n", korean ? "맨 JVM (hello)" : "bare JVM (hello)", helloMs));
            b.append(String.format("  %-30s %16s %18s%n", "", "java -jar", korean ? "실행 스크립트" : "launcher"));
            medianMs.forEach((name, byMode) -> {
                b.append(String.format("  %-30s", name));
                for (Mode m : Mode.values()) {
                    Double ms = byMode.get(m);
                    b.append(ms == null ? String.format(" %18s", "–")
                            : String.format(" %7.0f ms (%4.1f×)", ms, ms / helloMs));
                }
                b.append(System.lineSeparator());
            });
            return b.toString();
        }
    }

    private final Path java;
    private final Path jar;
    private final Path launcher;
    private final Map<String, String> env;

    /**
     * @param launcher the launcher script, or null to time {@code java -jar} alone
     * @param env variables added to every child's environment
     */
    public StartupBench(Path java, Path jar, Path launcher, Map<String, String> env) {
        this.java = java;
        this.jar = jar;
        this.launcher = launcher;
        this.env = env;
    }

    /** Runs every case in every mode once per round, after one untimed round (which also builds the CDS archive). */
    public Report run(List<Case> cases, int rounds, BenchProgress progress, String stage) {
        List<Mode> modes = launcher == null ? List.of(Mode.JAR) : List.of(Mode.JAR, Mode.LAUNCHER);
        Map<String, double[]> times = new LinkedHashMap<>();
        double[] hello = new double[rounds];
        for (Case c : cases) for (Mode m : modes) times.put(c.name() + "/" + m, new double[rounds]);
        for (Case c : cases) for (Mode m : modes) time(c, m, true); // warm the page cache, build the archive
        for (int r = 0; r < rounds; r++) {
            progress.at(stage, r, rounds);
            hello[r] = timeHello();
            for (Case c : cases) {
                for (Mode m : modes) times.get(c.name() + "/" + m)[r] = time(c, m, false);
            }
        }
        progress.at(stage, rounds, rounds);
        Map<String, Map<Mode, Double>> medians = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<Mode, Double> byMode = new LinkedHashMap<>();
            for (Mode m : modes) byMode.put(m, median(times.get(c.name() + "/" + m)));
            medians.put(c.name(), byMode);
        }
        return new Report(rounds, median(hello), medians);
    }

    private double timeHello() {
        return wall(List.of(java.toString(), "-cp", jar.toString(), Hello.class.getName()), Map.of());
    }

    private double time(Case c, Mode m, boolean first) {
        List<String> cmd = new ArrayList<>();
        if (m == Mode.JAR) {
            cmd.addAll(List.of(java.toString(), "-jar", jar.toString()));
        } else {
            cmd.add(launcher.toString());
        }
        cmd.addAll(c.args());
        return wall(cmd, first ? Map.of("GRADCARDS_CDS", "sync") : Map.of());
    }

    /** Milliseconds from starting the process to its exit; output is discarded; a failed run is an error. */
    private double wall(List<String> cmd, Map<String, String> extra) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(devNull()));
        pb.environment().putAll(env);
        pb.environment().putAll(extra);
        pb.environment().put("JAVA_HOME", java.getParent().getParent().toString());
        try {
            long t0 = System.nanoTime();
            Process p = pb.start();
            int code = p.waitFor();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (code != 0) throw new IllegalStateException("exit " + code + ": " + String.join(" ", cmd));
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The launcher beside the jar (the build writes target/gradcards next to target/gradcards.jar), or null. */
    public static Path launcherBeside(Path jar) {
        Path l = jar.resolveSibling("gradcards");
        return Files.isExecutable(l) ? l : null;
    }
}
