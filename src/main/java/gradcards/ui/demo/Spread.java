package gradcards.ui.demo;

import gradcards.trainer.demo.DemoRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One metric over several seeds: its values in seed order, and their median, minimum and maximum. */
public record Spread(String name, double[] values) {

    /** The spread of every metric of the runs, in the order the first run reports them; a metric a run lacks is NaN. */
    public static List<Spread> of(List<DemoRun> runs) {
        Map<String, double[]> byName = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (Map.Entry<String, Double> m : runs.get(r).metrics().entrySet()) {
                double[] values = byName.computeIfAbsent(m.getKey(), k -> nanArray(runs.size()));
                values[r] = m.getValue() == null ? Double.NaN : m.getValue();
            }
        }
        List<Spread> spreads = new ArrayList<>();
        byName.forEach((name, values) -> spreads.add(new Spread(name, values)));
        return spreads;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The middle value, or the mean of the two middle values for an even count (NaN sorts last). */
    public double median() {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The smallest value (NaN when any value is NaN). */
    public double min() {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** The largest value (NaN when any value is NaN). */
    public double max() {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
