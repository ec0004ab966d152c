package gradcards.app;

import gradcards.bench.PlanBench;
import gradcards.i18n.Lang;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * `gradcards bench plan`: the exam planner on 10,000 cards (the first call of fresh JVMs, launcher flags and plain java,
 * interleaved; then in this process the first call and the median after warm-up), and in this process
 * what an exam date adds to the overview and to `stats` on a 100,000-review database (the same database with and
 * without an exam date, commands run in turn, medians of wall and CPU time of this thread).
 */
final class BenchPlan {
    private static final int ROUNDS = 9;
    private static final int COLD_ROUNDS = 9;

    private BenchPlan() {
    }

    static void run(Gradcards root, int runs) throws java.io.IOException {
        PrintWriter out = root.out();
        Lang lang = root.lang();
        double load0 = PlanBench.loadAverage();
        List<PlanBench.Cold> cold;
        gradcards.ui.ProgressLine line = new gradcards.ui.ProgressLine(out, lang, DemoCommand.columns(root.env()));
        try {
            cold = PlanBench.cold(List.of(PlanBench.Jvm.LAUNCHER, PlanBench.Jvm.PLAIN), COLD_ROUNDS,
                    root.options().plain(root.env()) ? gradcards.bench.BenchProgress.NONE : line::update,
                    lang.t("새 JVM에서 첫 호출", "first calls in fresh JVMs"));
        } finally {
            line.clear();
        }
        out.println(String.format(Locale.ROOT, lang.t(
                "계획기 첫 호출 (카드 %,d장, 시험 20일 전; 새 JVM %d개씩 번갈아, 중앙값 CPU / 벽시계; 부하 평균 %.1f → %.1f)  (목표 < 50 ms):",
                "planner, first call (%,d cards, exam in 20 days; %d fresh JVMs each, interleaved, median CPU / wall;"
                        + " load average %.1f → %.1f)  (target < 50 ms):"), PlanBench.CARDS, COLD_ROUNDS, load0,
                PlanBench.loadAverage()));
        for (PlanBench.Cold c : cold) {
            String name = c.jvm() == PlanBench.Jvm.LAUNCHER ? lang.t("실행 스크립트 플래그 (C1만)", "launcher flags (C1 only)")
                    : lang.t("java 기본 (전체 JIT)", "plain java (full JIT)");
            out.println(String.format(Locale.ROOT, lang.t(
                    "  %-26s 계획 %6.1f / %6.1f ms · 그다음 첫 준비도 예측 %5.1f / %5.1f ms",
                    "  %-26s plan %6.1f / %6.1f ms · then the first readiness forecast %5.1f / %5.1f ms"), name,
                    c.planCpuMs(), c.planWallMs(), c.forecastCpuMs(), c.forecastWallMs()));
        }
        out.flush();
        PlanBench.Timing t = PlanBench.planner(20, runs);
        out.println(String.format(Locale.ROOT, lang.t(
                "계획기, 이 프로세스 안 (카드 %,d장): 첫 호출 %.1f ms (CPU %.1f ms); 예열 20회 뒤 %d회 중앙값 %.2f ms (CPU %.2f ms)",
                "planner in this process (%,d cards): first call %.1f ms (CPU %.1f ms); median of %d after 20 warm-up calls"
                        + " %.2f ms (CPU %.2f ms)"), PlanBench.CARDS, t.coldWallMs(), t.coldCpuMs(),
                runs, t.wallMs(), t.cpuMs()));
        out.flush();
        Path dir = Files.createTempDirectory("gradcards-bench-plan");
        try {
            Path plain = dir.resolve("plain.sqlite");
            PlanBench.buildExamDatabase(plain, new Random(42));
            Path exam = dir.resolve("exam.sqlite");
            Files.copy(plain, exam);
            if (Main.run(new String[] {"--db", exam.toString(), "config", "set", "exam-date", PlanBench.EXAM.toString()},
                    quiet(dir)) != 0) {
                throw new IllegalStateException("config set exam-date failed");
            }
            String now = PlanBench.NOW.toString();
            List<String[]> cases = List.of(
                    new String[] {"--db", plain.toString(), "--plain", "--now", now},
                    new String[] {"--db", exam.toString(), "--plain", "--now", now},
                    new String[] {"--db", plain.toString(), "--plain", "--now", now, "stats"},
                    new String[] {"--db", exam.toString(), "--plain", "--now", now, "stats"});
            double[][] wall = new double[cases.size()][ROUNDS];
            double[][] cpu = new double[cases.size()][ROUNDS];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int r = -2; r < ROUNDS; r++) { // two warm-up rounds, then the cases in turn
                for (int k = 0; k < cases.size(); k++) {
                    long w0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    if (Main.run(cases.get(k), quiet(dir)) != 0) throw new IllegalStateException("bench case " + k + " failed");
                    if (r < 0) continue;
                    wall[k][r] = (System.nanoTime() - w0) / 1e6;
                    cpu[k][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
            out.println(String.format(Locale.ROOT, lang.t(
                    "시험일이 더하는 시간 (이 프로세스 안, 리뷰 %,d건·카드 283장 DB, %d회씩 번갈아, 중앙값 벽시계 / CPU):",
                    "what an exam date adds (in this process, %,d reviews over the 283 bundled cards, %d rounds in turn,"
                            + " median wall / CPU):"), PlanBench.REVIEWS, ROUNDS));
            String[] names = {lang.t("개요", "overview"), "stats"};
            for (int k = 0; k < 2; k++) {
                double w0 = PlanBench.median(wall[2 * k]);
                double w1 = PlanBench.median(wall[2 * k + 1]);
                double c0 = PlanBench.median(cpu[2 * k]);
                double c1 = PlanBench.median(cpu[2 * k + 1]);
                out.println(String.format(Locale.ROOT, lang.t(
                        "  %-8s 시험일 없음 %6.1f / %6.1f ms · 있음 %6.1f / %6.1f ms · 차이 %+6.1f / %+6.1f ms",
                        "  %-8s no exam date %6.1f / %6.1f ms · exam date %6.1f / %6.1f ms · added %+6.1f / %+6.1f ms"),
                        names[k], w0, c0, w1, c1, w1 - w0, c1 - c0));
            }
            out.flush();
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static Env quiet(Path dir) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return new Env(Map.of("HOME", dir.toString(), "TZ", "UTC", "XDG_DATA_HOME", dir.toString()),
                InputStream.nullInputStream(), nowhere, nowhere, false, false);
    }
}
