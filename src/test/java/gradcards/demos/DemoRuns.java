package gradcards.demos;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ten-seed runs of every demo, computed once per test JVM on two threads and shared by the demo tests. */
final class DemoRuns {
    static final int SEEDS = 10;
    private static final Map<String, List<DemoRun>> CACHE = new ConcurrentHashMap<>();

    private DemoRuns() {
    }

    static synchronized List<DemoRun> of(String id) {
        return CACHE.computeIfAbsent(id, k -> MultiSeed.runs(DemoCatalog.byId(k).orElseThrow(), SEEDS, 2));
    }

    static MultiSeed.Summary summary(String id, String metric) {
        return MultiSeed.summarise(of(id)).get(metric);
    }
}
