package gradcards.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning-step lists as text: "1m 10m" (units s m h d), or "none" for no steps. Each step is a whole
 * number of minutes (so "90s" is refused, "120s" is 2m), because the scheduler counts steps in minutes.
 */
public final class Steps {
    private static final Pattern STEP = Pattern.compile("([0-9]{1,6})([smhd])");
    private static final String NONE = "none";

    private Steps() {
    }

    /** The steps of a text such as "1m 10m" or "1m,10m"; null when the text is not a valid step list. */
    public static List<Duration> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<Duration> out = new ArrayList<>();
        if (t.isEmpty() || t.equals(NONE)) return out;
        for (String token : t.split("[\\s,]+")) {
            Matcher m = STEP.matcher(token);
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) return null;
            Duration step = duration(Long.parseLong(m.group(1)), m.group(2).charAt(0));
            if (step.toSecondsPart() != 0) return null;
            out.add(step);
        }
        return out;
    }

    /** The canonical text of a step list, each step in its largest whole unit ("none" when empty). */
    public static String format(List<Duration> steps) {
        if (steps.isEmpty()) return NONE;
        List<String> parts = new ArrayList<>();
        for (Duration d : steps) parts.add(format(d));
        return String.join(" ", parts);
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        if (s % 86_400 == 0) return s / 86_400 + "d";
        if (s % 3_600 == 0) return s / 3_600 + "h";
        return s / 60 + "m";
    }

    private static Duration duration(long amount, char unit) {
        switch (unit) {
            case 's': return Duration.ofSeconds(amount);
            case 'm': return Duration.ofMinutes(amount);
            case 'h': return Duration.ofHours(amount);
            default: return Duration.ofDays(amount);
        }
    }
}
