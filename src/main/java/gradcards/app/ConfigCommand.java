package gradcards.app;

import gradcards.config.SettingException;
import gradcards.config.SettingKey;
import gradcards.config.Settings;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.store.Database;
import gradcards.ui.Cells;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards config`: lists the settings with their values and defaults; `set` and `reset` change one. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"List the settings with their values and defaults.",
            "Change one with 'config set KEY VALUE', or give it its default back with 'config reset KEY'.",
            "설정 보기·바꾸기: 'config set 키 값', 기본값으로 되돌리기: 'config reset 키'."})
public class ConfigCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Lists every setting: key, current value, default, allowed values and what it does. */
    @Override
    public Integer call() {
        Map<String, String> stored;
        try (Database db = openDatabase()) {
            stored = db.settings();
        }
        Lang lang = Gradcards.root(spec).lang();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(lang.t("설정", "setting"), lang.t("값", "value"), lang.t("기본값", "default"),
                lang.t("허용 값", "allowed"), lang.t("설명", "what it does")));
        for (SettingKey key : SettingKey.values()) {
            rows.add(List.of(key.key(), Settings.value(stored, key), key.defaultValue(), key.allowed(),
                    key.description().in(lang)));
        }
        table(rows).forEach(out()::println);
        return 0;
    }

    /** Validates and saves one setting; a bad key or value changes nothing. */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set KEY to VALUE, e.g. 'config set desired-retention 0.85' or "
            + "'config set learning-steps 1m 10m'.")
    int set(@Parameters(index = "0", paramLabel = "KEY") String name,
            @Parameters(index = "1..*", arity = "1..*", paramLabel = "VALUE") List<String> words) {
        SettingKey key = key(name);
        String value = checked(key, String.join(" ", words));
        try (Database db = openDatabase()) {
            String before = Settings.value(db.settings(), key);
            db.saveSetting(key.key(), value);
            out().println(key.key() + ": " + before + " → " + value);
        }
        return 0;
    }

    /** Gives one setting its default value back. */
    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Give KEY its default value back.")
    int reset(@Parameters(index = "0", paramLabel = "KEY") String name) {
        SettingKey key = key(name);
        try (Database db = openDatabase()) {
            String before = Settings.value(db.settings(), key);
            db.resetSetting(key.key());
            out().println(key.key() + ": " + before + " → " + key.defaultValue());
        }
        return 0;
    }

    /** Prints the current value of one setting. */
    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print the value of KEY.")
    int get(@Parameters(index = "0", paramLabel = "KEY") String name) {
        SettingKey key = key(name);
        try (Database db = openDatabase()) {
            out().println(Settings.value(db.settings(), key));
        }
        return 0;
    }

    private static SettingKey key(String name) {
        try {
            return SettingKey.of(name);
        } catch (SettingException e) {
            throw new UserError(e.getMessage(), e.korean());
        }
    }

    private static String checked(SettingKey key, String value) {
        try {
            return key.normalize(value);
        } catch (SettingException e) {
            throw new UserError(e.getMessage(), e.korean());
        }
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

    private Database openDatabase() {
        Gradcards root = Gradcards.root(spec);
        return Database.open(root.options().dbPath(root.env()));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
