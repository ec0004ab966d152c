package gradcards.app;

import java.util.HashSet;
import java.util.Set;

/**
 * Reading a command line before picocli does, so start-up builds only what the command needs: the overview (the
 * command a learner runs most) with plain global options runs without picocli at all, and another command builds only
 * its own subcommand. Anything unusual (help, --content, an option twice, a value that looks like an option) is left
 * to picocli, which then reports it as it always did.
 */
final class QuickArgs {
    /** Global options that take a value. */
    private static final Set<String> VALUED = Set.of("--db", "--now", "--lang", "--content");

    private QuickArgs() {
    }

    /**
     * Sets the global options when the arguments ask for the overview with nothing but --db, --now, --lang, --plain
     * and --debug, each at most once with a plain value; returns whether it did (otherwise options are untouched).
     */
    static boolean parse(String[] args, GlobalOptions options) {
        String db = null;
        String now = null;
        String lang = null;
        boolean plain = false;
        boolean debug = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!seen.add(name)) return false;
            switch (name) {
                case "--plain", "--debug" -> {
                    if (value != null) return false;
                    if (name.equals("--plain")) plain = true;
                    else debug = true;
                }
                case "--db", "--now", "--lang" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) return false;
                        value = args[++i];
                    }
                    if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return false; // picocli: @file expands
                    if (Gradcards.BY_NAME.containsKey(value)) return false; // picocli takes a command's name for no value
                    if (name.equals("--db")) db = value;
                    else if (name.equals("--now")) now = value;
                    else lang = value;
                }
                default -> {
                    return false;
                }
            }
        }
        options.db = db;
        options.now = now;
        options.lang = lang;
        options.plain = plain;
        options.debug = debug;
        return true;
    }

    /**
     * When the arguments ask for {@code stats} (the command whose answer a learner checks most after the overview)
     * with nothing else than plain global options (as {@link #parse} takes them, before or after the word) and at most
     * one {@code --json} after it: sets the global options and returns whether --json was given. Otherwise null, and
     * options are untouched: picocli reads the line.
     */
    static Boolean stats(String[] args, GlobalOptions options) {
        int at = -1;
        for (int i = 0; i < args.length && at < 0; i++) {
            if (VALUED.contains(args[i])) i++;
            else if (!args[i].startsWith("-")) at = i;
        }
        if (at < 0 || !args[at].equals("stats")) return null;
        java.util.List<String> rest = new java.util.ArrayList<>();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            if (i == at) continue;
            if (i > at && args[i].equals("--json")) {
                if (json) return null;
                json = true;
            } else {
                rest.add(args[i]);
            }
        }
        String[] globals = rest.toArray(String[]::new);
        if (!parse(globals, new GlobalOptions())) return null;
        parse(globals, options);
        return json;
    }

    /**
     * The subcommand a command line names: its first word that is not a global option or an option's value; null when
     * there is none or help or the version is asked for before it (then every subcommand is needed).
     */
    static String subcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return null;
            if (VALUED.contains(a)) i++;
            else if (!a.startsWith("-")) return a;
        }
        return null;
    }
}
