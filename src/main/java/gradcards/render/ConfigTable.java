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
        return table(rows);
    }

    /** The rows as aligned columns (display width, so Hangul lines up), two spaces apart. */
    static List<String> table(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], Cells.width(row.get(c)));
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length - 1; c++) line.append(Cells.padRight(row.get(c), widths[c])).append("  ");
            lines.add(line.append(row.get(widths.length - 1)).toString());
        }
        return lines;
    }
}
