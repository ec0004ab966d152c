package gradcards.config;

import gradcards.srs.SchedulerConfig;
import java.math.BigDecimal;
import java.time.ZoneOffset;

/** The scheduler's defaults (kept once, in {@link SchedulerConfig#defaults}) as the settings' default text. */
final class SchedulerDefaults {
    private static final SchedulerConfig D = SchedulerConfig.defaults(ZoneOffset.UTC);

    private SchedulerDefaults() {
    }

    static String desiredRetention() {
        return BigDecimal.valueOf(D.desiredRetention()).stripTrailingZeros().toPlainString();
    }

    static String learningSteps() {
        return Steps.format(D.learningSteps());
    }

    static String relearningSteps() {
        return Steps.format(D.relearningSteps());
    }

    static String fuzz() {
        return D.fuzz() ? "on" : "off";
    }

    static String dayStart() {
        return String.valueOf(D.dayStartHour());
    }

    static String maxInterval() {
        return String.valueOf(D.maximumInterval());
    }
}
