package gradcards.demos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a demo for seeds 0..N−1 (on up to two threads) and summarises each metric as median, min and max. */
public final class MultiSeed {
    private MultiSeed() {
    }

    /** The runs for seeds 0..seeds−1, in seed order; progress is not reported. */
    public static List<DemoRun> runs(Demo demo, int seeds, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, seeds)));
        try {
            List<Future<DemoRun>> futures = new ArrayList<>();
            for (long s = 0; s < seeds; s++) {
                long seed = s;
                futures.add(pool.submit(() -> demo.run(seed, Progress.NONE)));
            }
            List<DemoRun> runs = new ArrayList<>();
            for (Future<DemoRun> f : futures) runs.add(f.get());
            return runs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + demo.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(demo.id() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Per metric (in the runs' order) the median, minimum, maximum and mean over the runs. */
    public static Map<String, Summary> summarise(List<DemoRun> runs) {
        Map<String, Summary> out = new LinkedHashMap<>();
        for (String name : runs.get(0).metrics().keySet()) {
            double[] v = runs.stream().mapToDouble(r -> r.metrics().get(name)).toArray();
            out.put(name, Summary.of(v));
        }
        return out;
    }

    /** The median [min, max] and mean of one metric over seeds, plus the values in seed order. */
    public record Summary(double median, double min, double max, double mean, double[] values) {

        /** Summarises the values (NaN sorts last; an infinite value makes the mean infinite). */
        public static Summary of(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            double mean = Arrays.stream(values).sum() / n;
            return new Summary(median, s[0], s[n - 1], mean, values.clone());
        }

        /** How many of the values satisfy the test. */
        public long count(java.util.function.DoublePredicate test) {
            return Arrays.stream(values).filter(test).count();
        }
    }
}
