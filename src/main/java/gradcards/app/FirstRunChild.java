package gradcards.app;

import gradcards.demos.CustomSpec;
import gradcards.demos.Demo;
import gradcards.demos.DemoBackend;
import gradcards.demos.DemoRun;
import gradcards.demos.Progress;
import gradcards.demos.TrainerBackend;
import gradcards.i18n.Text;
import gradcards.trainer.RunExport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The child process of `gradcards bench first-runs` (not a command): runs a gradcards command line exactly as
 * {@link Main} does, with the real trainer, and prints on stderr one line "first-run WALL_MS MAIN_CPU_MS PROCESS_CPU_MS"
 * measured around the demo's run: wall time, the CPU time of the thread that trains, and the CPU time of the whole
 * process (all its threads, the JIT compilers among them).
 */
public final class FirstRunChild {
    private FirstRunChild() {
    }

    public static void main(String[] args) {
        Env env = Env.system();
        gradcards.store.NativeSqlite.useCache(Main.cacheDir(env));
        double[] measured = new double[3];
        int code = Main.run(args, env, new Measuring(new TrainerBackend(), measured));
        System.err.printf(java.util.Locale.ROOT, "first-run %.3f %.3f %.3f%n", measured[0], measured[1], measured[2]);
        System.exit(code);
    }

    /** The CPU nanoseconds of every thread of this process (Linux /proc), else the JVM's process CPU time. */
    static long processCpuNanos() {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            long sum = 0;
            for (Path t : tasks.toList()) {
                try {
                    sum += Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]);
                } catch (java.io.IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
            return sum;
        } catch (java.io.IOException | RuntimeException e) {
            var os = ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
        }
    }

    /** The real backend, with the demo's run measured into {wall, main-thread CPU, process CPU} in milliseconds. */
    private record Measuring(DemoBackend real, double[] measured) implements DemoBackend {
        @Override
        public List<Demo> demos() {
            return real.demos();
        }

        @Override
        public Optional<Demo> byId(String id) {
            return real.byId(id).map(d -> new MeasuredDemo(d, measured));
        }

        @Override
        public String exportJson(RunExport export) {
            return real.exportJson(export);
        }

        @Override
        public DemoRun runCustom(CustomSpec spec, Progress progress) {
            return real.runCustom(spec, progress);
        }

        @Override
        public RunExport exportCustom(CustomSpec spec, int step) {
            return real.exportCustom(spec, step);
        }

        @Override
        public double denseGmacs(int width) {
            return real.denseGmacs(width);
        }
    }

    private record MeasuredDemo(Demo demo, double[] measured) implements Demo {
        @Override
        public String id() {
            return demo.id();
        }

        @Override
        public Text title() {
            return demo.title();
        }

        @Override
        public List<String> facts() {
            return demo.facts();
        }

        @Override
        public double expectedSeconds() {
            return demo.expectedSeconds();
        }

        @Override
        public DemoRun run(long seed, Progress progress) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long p0 = processCpuNanos();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            DemoRun run = demo.run(seed, progress);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long p1 = processCpuNanos();
            measured[0] = (t1 - t0) / 1e6;
            measured[1] = (c1 - c0) / 1e6;
            measured[2] = (p1 - p0) / 1e6;
            return run;
        }

        @Override
        public Text verdict(DemoRun run) {
            return demo.verdict(run);
        }

        @Override
        public boolean exportable() {
            return demo.exportable();
        }

        @Override
        public RunExport export(long seed, int step) {
            return demo.export(seed, step);
        }
    }
}
