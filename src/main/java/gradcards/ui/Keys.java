package gradcards.ui;

import gradcards.srs.Rating;
import java.util.Locale;

/** What a line or key means in the study session, independent of the terminal. */
public final class Keys {
    private Keys() {
    }

    /** Session commands that work at every prompt. */
    public enum Command { QUIT, UNDO, HELP, DEMO, SUSPEND, BURY, FLAG }

    /**
     * The command a line stands for ("q", "u", "?", "d" and their words), or null. The same keys typed with the Korean
     * keyboard layout on (ㅂ, ㅕ, ㅇ, ㄴ, ㅠ) count too; ㅇ is a demo only where a demo is offered, elsewhere it answers
     * O. Suspend is s, bury b, flag ! (not f, which answers X on an O/X card).
     */
    public static Command command(String line) {
        switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "q": case "ㅂ": case "quit": case "종료": return Command.QUIT;
            case "u": case "ㅕ": case "undo": return Command.UNDO;
            case "?": case "help": case "도움말": return Command.HELP;
            case "d": case "ㅇ": case "demo": return Command.DEMO;
            case "s": case "ㄴ": case "suspend": case "중지": return Command.SUSPEND;
            case "b": case "ㅠ": case "bury": case "묻기": return Command.BURY;
            case "!": case "flag": case "표시": return Command.FLAG;
            default: return null;
        }
    }

    /** The rating a line names: 1–4, again/hard/good/easy or 다시/어려움/알맞음/쉬움; null if none. */
    public static Rating rating(String line) {
        switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "1": case "again": case "다시": return Rating.AGAIN;
            case "2": case "hard": case "어려움": return Rating.HARD;
            case "3": case "good": case "알맞음": return Rating.GOOD;
            case "4": case "easy": case "쉬움": return Rating.EASY;
            default: return null;
        }
    }
}
