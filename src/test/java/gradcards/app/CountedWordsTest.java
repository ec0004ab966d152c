package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every English screen that counts something says "1 card", never "1 cards": a learner answers one card, gets one
 * quiz question wrong and sets an exam date, then every command's output is scanned for a 1 followed by a plural.
 */
class CountedWordsTest {
    /** "1 cards", "1 answers", "1 new cards", "1 wrong answers" … (not "0.1 days" or "21 days"). */
    static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,])1 (?:new |wrong )?(cards|answers|days|reviews|lapses"
            + "|times|problems|decks|notes|rows|blocks|files|questions|wrongs|seeds|weeks|backups|steps|layers)\\b");

    @TempDir
    Path tmp;

    @Test
    void theScanCatchesAPluralAfterOne() {
        assertThat(ONE_PLURAL.matcher("Session done · 1 cards · 2 answers").find()).isTrue();
        assertThat(ONE_PLURAL.matcher(" 1 wrong answers — Enter").find()).isTrue();
        assertThat(ONE_PLURAL.matcher("1 card · 11 answers · 0.1 days · 21 days").find()).isFalse();
    }

    @Test
    void noScreenSaysOneWithAPlural() {
        String db = tmp.resolve("one.sqlite").toString();
        List<String> base = List.of("--db", db, "--content", StudyEndToEndTest.MINI.toString(), "--now",
                "2026-12-01T09:00:00Z", "--lang", "en");
        StringBuilder all = new StringBuilder();
        // one flashcard revealed and rated Good, then quit: the summary counts one card and one answer
        all.append(run(base, "\n3\nq\n", "--plain", "study"));
        // one O/X question answered wrong: one wrong answer to walk through
        all.append(run(base, "X\n\n\n", "--plain", "quiz", "--type", "ox", "--count", "1"));
        all.append(run(base, "", "config", "set", "exam-date", "2026-12-21"));
        for (List<String> cmd : List.of(List.of("--plain"), List.of("stats"), List.of("cards"), List.of("cards", "--type", "ox"),
                List.of("card", "mini-fc-01"), List.of("card", "mini-ox-01"), List.of("wrong"), List.of("content", "check"),
                List.of("content", "stats"))) {
            all.append(run(base, "", cmd.toArray(String[]::new)));
        }
        String out = all.toString();
        // the scan saw the counted lines it is about
        assertThat(out).contains("1 card · 1 answer", "1 wrong answer —", "1 answer\n", "1 review", "1 day");
        Matcher m = ONE_PLURAL.matcher(out);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(out.substring(Math.max(0, m.start() - 30), Math.min(out.length(), m.end() + 10)));
        assertThat(found).as(out).isEmpty();
    }

    private static String run(List<String> base, String stdin, String... args) {
        List<String> a = new ArrayList<>(base);
        a.addAll(List.of(args));
        TestEnv e = new TestEnv(stdin);
        int code = e.run(a.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args) + "\n" + e.out() + e.err()).isZero();
        return e.out() + e.err();
    }
}
