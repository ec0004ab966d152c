package gradcards.content;

import gradcards.i18n.Num;
import gradcards.i18n.Text;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands measurement keys in card text from the committed measurements file: {@code {D02.w_ratio}} is the 10-seed
 * median, {@code {D02.w_ratio:range}} "[min, max]", {@code :min}, {@code :max}, {@code :pct} and {@code :pct-range} as
 * percentages, {@code :count} the seeds with a non-zero flag. A key that is unknown, has an unknown format or names a
 * metric that is not finite in every seed is reported and left as written.
 */
public final class MeasureKeys {
    /** A key: "{D" digits "." metric [":" format] "}" (metric names never hold ':', '{' or '}'). */
    static final Pattern KEY = Pattern.compile("\\{(D\\d+)\\.([^{}:]*)(?::([^{}]*))?}");
    static final List<String> FORMATS = List.of("range", "min", "max", "pct", "pct-range", "count");

    private MeasureKeys() {
    }

    /** The text with every key replaced; each bad key is reported through problems (one English message each). */
    public static String expand(String text, Measurements m, Consumer<String> problems) {
        return expandText(text, m, t -> problems.accept(t.en()));
    }

    /** The text with every key replaced; each bad key is reported through problems (one message each, ko and en). */
    public static String expandText(String text, Measurements m, Consumer<Text> problems) {
        if (text.indexOf('{') < 0) return text;
        Matcher k = KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (k.find()) {
            String shown = value(k.group(1), k.group(2), k.group(3), m, problems);
            k.appendReplacement(out, Matcher.quoteReplacement(shown == null ? k.group() : shown));
        }
        k.appendTail(out);
        return out.toString();
    }

    private static String value(String demo, String metric, String format, Measurements m, Consumer<Text> problems) {
        String key = "{" + demo + "." + metric + (format == null ? "" : ":" + format) + "}";
        Map<String, Measurements.Stat> metrics = m.demos().get(demo);
        if (metrics == null) {
            problems.accept(Text.of("없는 측정값 키 " + key + " (content/" + Measurements.FILE + "에 데모 " + demo
                    + " 없음; 키는 {D02.w_ratio} 형태입니다)", "unknown measurement key " + key + " (no demo " + demo
                    + " in content/" + Measurements.FILE + "; keys look like {D02.w_ratio})"));
            return null;
        }
        Measurements.Stat s = metrics.get(metric);
        if (s == null) {
            String known = String.join(", ", metrics.keySet());
            problems.accept(Text.of("없는 측정값 키 " + key + " (" + demo + "의 측정값: " + known + ")",
                    "unknown measurement key " + key + " (" + demo + " measures " + known + ")"));
            return null;
        }
        if (format != null && !FORMATS.contains(format)) {
            String formats = String.join(", ", FORMATS.stream().map(f -> ":" + f).toList());
            problems.accept(Text.of("측정값 키 " + key + "의 형식 \":" + format + "\"은(는) 없습니다 (" + formats
                    + " 중 하나를 쓰거나, 중앙값이면 형식 없이 쓰세요)", "measurement key " + key + " has unknown format \":"
                    + format + "\" (use " + formats + ", or none for the median)"));
            return null;
        }
        if (s.divergedSeeds() > 0 && !"count".equals(format)) {
            problems.accept(Text.of("측정값 키 " + key + "의 값이 시드 " + s.values().length + "개 중 " + s.divergedSeeds()
                    + "개에서 유한하지 않습니다 (발산함): 대신 *_diverged 표시를 :count로 인용하세요",
                    "measurement key " + key + " is not finite in " + s.divergedSeeds() + " of " + s.values().length
                    + " seeds (that arm diverged): quote its *_diverged flag with :count instead"));
            return null;
        }
        return format(s, format);
    }

    private static String format(Measurements.Stat s, String format) {
        if (format == null) return Num.brief(s.median());
        switch (format) {
            case "range": return "[" + Num.brief(s.min()) + ", " + Num.brief(s.max()) + "]";
            case "min": return Num.brief(s.min());
            case "max": return Num.brief(s.max());
            case "pct": return Num.pct(s.median());
            case "pct-range": return "[" + Num.pct(s.min()) + ", " + Num.pct(s.max()) + "]";
            default: return Integer.toString(s.count());
        }
    }
}
