package gradcards.render;

import gradcards.config.SettingKey;
import gradcards.config.Settings;
import gradcards.i18n.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The settings table of `gradcards config`: key, current value, default, allowed values and what it does. */
public final class ConfigTable {
    private ConfigTable() {
    }

    /** The table's lines for the stored settings (a missing one shows its default). */
    public static List<String> lines(Map<String, String> stored, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(lang.t("설정", "setting"), lang.t("값", "value"), lang.t("기본값", "default"),
                lang.t("허용 값", "allowed"), lang.t("설명", "what it does")));
        for (SettingKey key : SettingKey.values()) {
            rows.add(List.of(key.key(), Settings.value(stored, key), key.defaultValue(), key.allowed(),
                    key.description().in(lang)));
        }
        return Table.natural(rows);
    }
}
