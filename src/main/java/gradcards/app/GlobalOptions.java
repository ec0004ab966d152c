package gradcards.app;

import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every subcommand takes (inherited from the root command). */
public class GlobalOptions {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The study database (env GRADCARDS_DB; default $XDG_DATA_HOME/gradcards/gradcards.sqlite).")
    String db;

    @Option(names = "--now", paramLabel = "INSTANT", scope = ScopeType.INHERIT,
            description = "Freeze the clock at this ISO-8601 instant, e.g. 2026-12-01T09:00:00Z (env GRADCARDS_NOW).")
    String now;

    @Option(names = "--lang", paramLabel = "ko|en", scope = ScopeType.INHERIT, // 'export anki' also takes both
            description = "Language of the interface and the cards (default: ko when LANG starts with ko, else en).")
    String lang;

    @Option(names = "--plain", scope = ScopeType.INHERIT,
            description = "No colour and no cursor movement (implied when output is not a terminal or NO_COLOR is set).")
    boolean plain;

    @Option(names = "--content", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Read the decks from this folder instead of the bundled ones.")
    Path content;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean debug;

    /** --lang exactly as given (null when absent): 'export anki' reads ko, en or both from it. */
    public String langOption() {
        return lang;
    }

    /** The language chosen by --lang, else by the locale variables. */
    public Lang lang(Env env) {
        if (lang != null && !"both".equals(lang)) { // "both" is for the cards of 'export anki'; the interface follows LANG
            Lang l = Lang.parse(lang);
            if (l == null) throw new UserError(Text.of(
                    "--lang은 ko 또는 en이어야 합니다 (입력: " + lang + ")", "--lang must be ko or en (got " + lang + ")"));
            return l;
        }
        return Lang.fromLocaleEnv(env.var("LC_ALL"), env.var("LANG"));
    }

    /** Whether output must be plain: --plain, NO_COLOR, TERM=dumb, or stdout not a terminal. */
    public boolean plain(Env env) {
        return plain || env.var("NO_COLOR") != null || "dumb".equals(env.var("TERM")) || !env.stdoutIsTerminal();
    }

    /** The clock: frozen at --now / GRADCARDS_NOW when given, else the system clock. */
    public Clock clock(Env env) {
        String v = now != null ? now : env.var("GRADCARDS_NOW");
        if (v == null) return Clock.system(zone(env));
        try {
            Instant at = Instant.parse(v.trim());
            if (at.isBefore(Instant.EPOCH) || !at.isBefore(Instant.ofEpochSecond(253_402_300_800L)) /* 10000-01-01 */) {
                throw new UserError(Text.of("--now는 1970년부터 9999년 사이의 시각이어야 합니다 (입력: " + v + ")",
                        "--now must be an instant from the year 1970 to 9999 (got " + v + ")"));
            }
            return Clock.fixed(at, zone(env));
        } catch (DateTimeParseException e) {
            throw new UserError(Text.of(
                    "--now는 2026-12-01T09:00:00Z 같은 ISO-8601 시각이어야 합니다 (입력: " + v + ")",
                    "--now must be an ISO-8601 instant such as 2026-12-01T09:00:00Z (got " + v + ")"));
        }
    }

    /** The learner's time zone: TZ when set and valid, else the system default. */
    public ZoneId zone(Env env) {
        String tz = env.var("TZ");
        if (tz != null) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (RuntimeException ignored) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneId.systemDefault();
    }

    /** The database path: --db, else GRADCARDS_DB, else the XDG data folder. */
    public Path dbPath(Env env) {
        if (db != null) return Path.of(db);
        String v = env.var("GRADCARDS_DB");
        if (v != null) return Path.of(v);
        String xdg = env.var("XDG_DATA_HOME");
        Path base = xdg != null ? Path.of(xdg)
                : Path.of(env.var("HOME") != null ? env.var("HOME") : System.getProperty("user.home"), ".local", "share");
        return base.resolve("gradcards").resolve("gradcards.sqlite");
    }

    /** The deck folder given with --content, or null for the bundled decks. */
    public Path contentDir() {
        return content;
    }

    public boolean debug() {
        return debug;
    }
}
