package gradcards.render;

import gradcards.config.SettingKey;
import gradcards.config.Settings;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import java.util.List;
import java.util.Map;

/**
 * The settings table of `gradcards config`: key, current value, default, allowed values and what it does, in the
 * interface language, at most `columns` wide (the allowed values and the description wrap in their columns).
 */
public final class ConfigTable {
    private ConfigTable() {
    }

    /** The table's lines for the stored settings (a missing one shows its default). */
    public static List<String> lines(Map<String, String> stored, Lang lang, int columns, Style style) {
        Table t = new Table(List.of(lang.t("설정", "setting"), lang.t("값", "value"), lang.t("기본값", "default"),
                lang.t("허용 값", "allowed"), lang.t("설명", "what it does")), 4);
        for (SettingKey key : SettingKey.values()) {
            t.add(List.of(key.key(), Settings.value(stored, key), key.defaultValue(), allowed(key).in(lang),
                    key.description().in(lang)));
        }
        return t.render(columns - 1, style); // a line as wide as the window would wrap on some terminals
    }

    /** What values a setting takes, in both languages (also the `config --help` list). */
    public static Text allowed(SettingKey key) {
        return switch (key) {
            case LEARNING_STEPS -> Text.of("'1m 10m' 같은 단계 (s/m/h/d) 또는 none", "steps like '1m 10m' (s/m/h/d) or none");
            case RELEARNING_STEPS -> Text.of("'10m' 같은 단계 (s/m/h/d) 또는 none", "steps like '10m' (s/m/h/d) or none");
            case FUZZ -> Text.of("on 또는 off", "on or off");
            case DAY_START -> Text.of("0–23시", "hour 0–23");
            case MAX_INTERVAL -> Text.of("1–36500일", "1–36500 days");
            case EXAM_DATE -> Text.of("YYYY-MM-DD 또는 none", "YYYY-MM-DD or none");
            case LEECH_THRESHOLD -> Text.of("망각 0–99번 (0=끔)", "0–99 lapses (0=off)");
            case LEECH_ACTION -> Text.of("tag 또는 suspend", "tag or suspend");
            default -> Text.of(key.allowed(), key.allowed());
        };
    }
}
