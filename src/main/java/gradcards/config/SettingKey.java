package gradcards.config;

import gradcards.i18n.Text;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The settings of `gradcards config`: each key's name, default, what values are allowed, and its check. The
 * scheduler's defaults come from {@link gradcards.srs.SchedulerConfig#defaults} (kept there once).
 */
public enum SettingKey {
    DESIRED_RETENTION("desired-retention", SchedulerDefaults.desiredRetention(), "0.70–0.99",
            Text.of("목표 기억 유지율", "probability of recall to aim for"), SettingKey::retention),
    NEW_PER_DAY("new-per-day", "20", "0–9999",
            Text.of("하루 새 카드 수", "new cards per day"), v -> whole("new-per-day", v, 0, 9999)),
    REVIEWS_PER_DAY("reviews-per-day", "200", "0–99999",
            Text.of("하루 복습 수", "reviews per day"), v -> whole("reviews-per-day", v, 0, 99_999)),
    LEARNING_STEPS("learning-steps", SchedulerDefaults.learningSteps(), "steps like '1m 10m' (s m h d) or none",
            Text.of("학습 단계", "steps of a new card"), v -> steps("learning-steps", v)),
    RELEARNING_STEPS("relearning-steps", SchedulerDefaults.relearningSteps(), "steps like '10m' (s m h d) or none",
            Text.of("재학습 단계", "steps after a lapse"), v -> steps("relearning-steps", v)),
    FUZZ("fuzz", SchedulerDefaults.fuzz(), "on or off",
            Text.of("복습 간격 흔들기", "spread review intervals a little"), SettingKey::onOff),
    DAY_START("day-start", SchedulerDefaults.dayStart(), "hour 0–23",
            Text.of("하루 시작 시각", "hour the study day starts"), v -> whole("day-start", v, 0, 23)),
    MAX_INTERVAL("max-interval", SchedulerDefaults.maxInterval(), "1–36500 days",
            Text.of("최대 복습 간격(일)", "longest interval in days"), v -> whole("max-interval", v, 1, 36_500)),
    EXAM_DATE("exam-date", "none", "a date YYYY-MM-DD or none",
            Text.of("시험일 (개요에 D-day 표시)", "exam date (the overview counts down)"), SettingKey::date),
    LEECH_THRESHOLD("leech-threshold", "8", "0–99 lapses (0 = off)",
            Text.of("이만큼 잊으면 거머리 카드", "lapses that make a card a leech"), v -> whole("leech-threshold", v, 0, 99)),
    LEECH_ACTION("leech-action", "tag", "tag or suspend",
            Text.of("거머리 카드 처리: 표시만/중지", "what a leech gets: tag or suspend"), SettingKey::leechAction),
    EXAM_RETENTION("exam-retention", "0.95", "0.80–0.99",
            Text.of("시험일 아침 목표 기억률", "recall to aim for on exam morning"), SettingKey::examRetention);

    private final String key;
    private final String defaultValue;
    private final String allowed;
    private final Text description;
    private final UnaryOperator<String> check;

    SettingKey(String key, String defaultValue, String allowed, Text description, UnaryOperator<String> check) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.allowed = allowed;
        this.description = description;
        this.check = check;
    }

    /** The name used on the command line and in the database, e.g. "desired-retention". */
    public String key() {
        return key;
    }

    /** The value a setting has until it is set. */
    public String defaultValue() {
        return defaultValue;
    }

    /** What values are allowed, in a few words. */
    public String allowed() {
        return allowed;
    }

    /** What the setting does, in both languages. */
    public Text description() {
        return description;
    }

    /** The canonical text of a value, or a SettingException naming what is allowed. */
    public String normalize(String value) {
        return check.apply(value == null ? "" : value.strip());
    }

    /** The key with this name, or a SettingException listing the known keys. */
    public static SettingKey of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (SettingKey k : values()) {
            if (k.key.equals(n)) return k;
        }
        throw new SettingException("unknown setting '" + name + "' (known: " + names() + ")",
                "알 수 없는 설정 '" + name + "' (가능한 설정: " + names() + ")");
    }

    /** All key names, comma-separated, in listing order. */
    public static String names() {
        return Arrays.stream(values()).map(SettingKey::key).collect(Collectors.joining(", "));
    }

    /** The longest learning or relearning step, in days. */
    static final int MAX_STEP_DAYS = 30;

    private static String retention(String v) {
        BigDecimal d = decimal(v);
        if (d == null || d.compareTo(new BigDecimal("0.70")) < 0 || d.compareTo(new BigDecimal("0.99")) > 0) {
            throw new SettingException("desired-retention must be between 0.70 and 0.99 (got " + v + ")",
                    "desired-retention은 0.70과 0.99 사이여야 합니다 (입력: " + v + ")");
        }
        return d.stripTrailingZeros().toPlainString();
    }

    private static String examRetention(String v) {
        BigDecimal d = decimal(v);
        if (d == null || d.compareTo(new BigDecimal("0.80")) < 0 || d.compareTo(new BigDecimal("0.99")) > 0) {
            throw new SettingException("exam-retention must be between 0.80 and 0.99 (got " + v + ")",
                    "exam-retention은 0.80과 0.99 사이여야 합니다 (입력: " + v + ")");
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** The recall to aim for on exam morning (exam-retention). */
    public static double examRetention(java.util.Map<String, String> stored) {
        return Double.parseDouble(Settings.value(stored, EXAM_RETENTION));
    }

    private static BigDecimal decimal(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String whole(String key, String v, int min, int max) {
        if (v.matches("[0-9]{1,9}")) {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return Integer.toString(n);
        }
        throw new SettingException(key + " must be a whole number from " + min + " to " + max + " (got " + v + ")",
                key + "은 " + min + "부터 " + max + "까지의 정수여야 합니다 (입력: " + v + ")");
    }

    private static String steps(String key, String v) {
        List<java.time.Duration> steps = v.isBlank() ? null : Steps.parse(v);
        if (steps != null && steps.stream().anyMatch(d -> d.compareTo(java.time.Duration.ofDays(MAX_STEP_DAYS)) > 0)) {
            throw new SettingException(key + " steps must be at most " + MAX_STEP_DAYS + "d each; longer waits are the"
                    + " scheduler's intervals (got " + v + ")", key + "의 각 단계는 " + MAX_STEP_DAYS
                    + "d 이하여야 합니다; 더 긴 간격은 스케줄러가 정합니다 (입력: " + v + ")");
        }
        if (steps == null) {
            throw new SettingException(key + " must be steps like '1m 10m' (units s m h d, whole minutes) or 'none' (got " + v + ")",
                    key + "은 '1m 10m' 같은 단계(단위 s m h d, 분 단위) 또는 'none'이어야 합니다 (입력: " + v + ")");
        }
        return Steps.format(steps);
    }

    private static String date(String v) {
        if (v.equalsIgnoreCase("none")) return "none";
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(v);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new SettingException("exam-date must be a date from 2000 to 2100, like 2027-03-07, or none (got " + v + ")",
                        "exam-date는 2000년부터 2100년 사이의 날짜(예: 2027-03-07) 또는 none이어야 합니다 (입력: " + v + ")");
            }
            return d.toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new SettingException("exam-date must be a date like 2027-03-07 or none (got " + v + ")",
                    "exam-date는 2027-03-07 같은 날짜 또는 none이어야 합니다 (입력: " + v + ")");
        }
    }

    /** The exam date set by the learner, if any. */
    public static java.util.Optional<java.time.LocalDate> examDate(java.util.Map<String, String> stored) {
        String v = Settings.value(stored, EXAM_DATE);
        return v.equals("none") ? java.util.Optional.empty() : java.util.Optional.of(java.time.LocalDate.parse(v));
    }

    private static String leechAction(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("tag") || s.equals("suspend")) return s;
        throw new SettingException("leech-action must be tag or suspend (got " + v + ")",
                "leech-action은 tag 또는 suspend여야 합니다 (입력: " + v + ")");
    }

    private static String onOff(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("on") || s.equals("off")) return s;
        throw new SettingException("fuzz must be on or off (got " + v + ")", "fuzz는 on 또는 off여야 합니다 (입력: " + v + ")");
    }
}
