package gradcards.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The committed measurements file (content/measurements.json): per demo and metric, the statistics over seeds 0–9 that
 * `gradcards demo measure` computed with the trainer. Cards quote them through keys such as {@code {D02.w_ratio}}
 * ({@link MeasureKeys}); the demo screens show the same numbers.
 */
public record Measurements(List<Long> seeds, Map<String, Map<String, Stat>> demos) {
    /** The file name inside a content folder. */
    public static final String FILE = "measurements.json";
    /** No measurements at all (every key is then unknown). */
    public static final Measurements NONE = new Measurements(List.of(), Map.of());

    public Measurements {
        seeds = List.copyOf(seeds);
        Map<String, Map<String, Stat>> copy = new LinkedHashMap<>();
        demos.forEach((d, m) -> copy.put(d, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        demos = Collections.unmodifiableMap(copy);
    }

    /**
     * One metric over the seeds: median, min and max of all values (NaN sorts last, as in `demo run --seeds`), how
     * many seeds gave a non-finite value (the arm diverged there), and the values in seed order.
     */
    public record Stat(double median, double min, double max, int divergedSeeds, double[] values) {

        /** The statistics of the values in seed order. */
        public static Stat of(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            int diverged = (int) Arrays.stream(values).filter(v -> !Double.isFinite(v)).count();
            return new Stat(median, s[0], s[n - 1], diverged, values.clone());
        }

        /** How many seeds have a finite non-zero value (for 0/1 flags such as *_diverged). */
        public int count() {
            return (int) Arrays.stream(values).filter(v -> Double.isFinite(v) && v != 0).count();
        }
    }

    /** The statistics of one metric of one demo, if measured. */
    public Optional<Stat> get(String demo, String metric) {
        return Optional.ofNullable(demos.getOrDefault(demo, Map.of()).get(metric));
    }

    /** Every key "D02.w_ratio" in file order. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        demos.forEach((d, m) -> m.keySet().forEach(k -> out.add(d + "." + k)));
        return out;
    }

    /** Parses the file's text; throws IOException naming what is wrong. */
    public static Measurements parse(String text) throws IOException {
        JsonNode root = JsonTree.read(text);
        if (root == null || !root.path("demos").isObject()) throw new IOException("expected {\"seeds\": [...], \"demos\": {...}}");
        List<Long> seeds = new ArrayList<>();
        root.path("seeds").forEach(s -> seeds.add(s.asLong()));
        Map<String, Map<String, Stat>> demos = new LinkedHashMap<>();
        for (var d = root.get("demos").fields(); d.hasNext(); ) {
            var demo = d.next();
            Map<String, Stat> metrics = new LinkedHashMap<>();
            for (var m = demo.getValue().fields(); m.hasNext(); ) {
                var metric = m.next();
                JsonNode v = metric.getValue();
                JsonNode vals = v.path("values");
                double[] values = new double[vals.size()];
                for (int i = 0; i < values.length; i++) values[i] = number(vals.get(i));
                metrics.put(metric.getKey(), new Stat(number(v.get("median")), number(v.get("min")), number(v.get("max")),
                        v.path("diverged_seeds").asInt(0), values));
            }
            demos.put(demo.getKey(), metrics);
        }
        return new Measurements(seeds, demos);
    }

    private static double number(JsonNode n) throws IOException {
        if (n == null) throw new IOException("a statistic is missing");
        if (n.isNumber()) return n.asDouble();
        switch (n.asText()) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: throw new IOException("not a number: " + n);
        }
    }

    /** The file's text: two-space JSON, doubles in round-trip precision, non-finite values as "inf", "-inf", "nan". */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\n  \"generated_by\": \"gradcards demo measure --write content/measurements.json\",\n");
        b.append("  \"seeds\": ").append(seeds).append(",\n  \"demos\": {");
        String demoSep = "\n";
        for (var d : demos.entrySet()) {
            b.append(demoSep).append("    ").append(quote(d.getKey())).append(": {");
            String sep = "\n";
            for (var m : d.getValue().entrySet()) {
                Stat s = m.getValue();
                b.append(sep).append("      ").append(quote(m.getKey())).append(": {\"median\": ").append(json(s.median()))
                        .append(", \"min\": ").append(json(s.min())).append(", \"max\": ").append(json(s.max()))
                        .append(", \"diverged_seeds\": ").append(s.divergedSeeds()).append(", \"values\": [");
                for (int i = 0; i < s.values().length; i++) b.append(i == 0 ? "" : ", ").append(json(s.values()[i]));
                b.append("]}");
                sep = ",\n";
            }
            b.append("\n    }");
            demoSep = ",\n";
        }
        return b.append("\n  }\n}\n").toString();
    }

    private static String json(double v) {
        if (Double.isNaN(v)) return "\"nan\"";
        if (Double.isInfinite(v)) return v > 0 ? "\"inf\"" : "\"-inf\"";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%.1f", v);
        return Double.toString(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
