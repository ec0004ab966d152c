package gradcards.app;

import gradcards.config.SettingException;
import gradcards.config.SettingKey;
import gradcards.config.Settings;
import gradcards.error.UserError;
import gradcards.i18n.Text;
import gradcards.render.ConfigTable;
import gradcards.store.Database;

import java.io.PrintWriter;
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
        Gradcards root = Gradcards.root(spec);
        ConfigTable.lines(stored, root.lang(), DemoCommand.columns(root.env()), DemoCommand.style(root)).forEach(out()::println);
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
            throw new UserError(Text.of(e.korean(), e.getMessage()));
        }
    }

    private static String checked(SettingKey key, String value) {
        try {
            return key.normalize(value);
        } catch (SettingException e) {
            throw new UserError(Text.of(e.korean(), e.getMessage()));
        }
    }

    private Database openDatabase() {
        Gradcards root = Gradcards.root(spec);
        return Database.open(root.options().dbPath(root.env()));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
