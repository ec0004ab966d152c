package gradcards.app;

import gradcards.error.UserError;
import gradcards.i18n.Text;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options `quiz` and `exam` share, declared once: --count N, --seed N, --report FILE, --force, --no-schedule. Their
 * Korean help is under the keys round.* of help_ko.properties (see HelpLanguage: a SharedHelp mixin's name).
 */
public class RoundOptions implements HelpLanguage.SharedHelp {
    /** Most questions in one round. */
    static final int MAX_COUNT = 500;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20", description = "Number of questions (default 20).")
    int count;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the question draw and the choice order.")
    Long seed;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the result as JSON to FILE (\"kind\": \"quiz\" or \"exam\").")
    Path report;

    @Option(names = "--force", description = "Let --report overwrite an existing file.")
    boolean force;

    @Option(names = "--no-schedule", description = "Log the answers but leave every card's schedule untouched.")
    boolean noSchedule;

    /** Refuses a --count outside 1..MAX_COUNT, in one line. */
    void checkCount() {
        if (count < 1 || count > MAX_COUNT) throw new UserError(Text.of(
                "--count는 1부터 " + MAX_COUNT + " 사이여야 합니다 (입력: " + count + ")",
                "--count must be between 1 and " + MAX_COUNT + " (got " + count + ")"));
    }

    /** The seed given, or the fallback (the clock) when none. */
    long seedOr(long fallback) {
        return seed != null ? seed : fallback;
    }
}
