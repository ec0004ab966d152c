package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.CardFlags;
import gradcards.store.Database;
import gradcards.study.Marks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A flashcard forgotten leech-threshold times over several days becomes a leech; the session says so once. */
class LeechEndToEndTest {
    @TempDir
    Path tmp;

    String[] args(Path db, String now, String... more) {
        List<String> a = new ArrayList<>(List.of("--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", now, "--lang", "en", "--plain"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    TestEnv run(Path db, String now, String stdin, String... more) {
        TestEnv e = new TestEnv(stdin);
        assertThat(e.run(args(db, now, more))).as(e.err()).isZero();
        return e;
    }

    @ParameterizedTest(name = "leech-action {0}")
    @ValueSource(strings = {"tag", "suspend"})
    void theSecondLapseMakesTheCardALeechWithThresholdTwo(String action) {
        Path db = tmp.resolve(action + ".sqlite");
        run(db, "2026-12-01T09:00:00Z", "", "config", "set", "leech-threshold", "2");
        run(db, "2026-12-01T09:00:00Z", "", "config", "set", "leech-action", action);
        run(db, "2026-12-01T09:00:00Z", "", "suspend", "mini-mcq-01", "mini-ox-01", "mini-short-01", "mini-cloze-01");
        run(db, "2026-12-01T09:00:00Z", "\n4\nq\n", "study");                  // new → Review (Easy)
        TestEnv first = run(db, "2026-12-30T09:00:00Z", "\n1\n\n3\nq\n", "study"); // lapse 1, relearnt
        assertThat(first.out()).doesNotContain("Leech");
        assertThat(lapses(db)).isEqualTo(1);
        TestEnv second = run(db, "2027-03-01T09:00:00Z", "\n1\n\nq\n", "study");  // lapse 2: a leech
        assertThat(lapses(db)).isEqualTo(2);
        assertThat(second.out().split("⚠ Leech: forgotten 2 times", -1)).as("said once").hasSize(2);
        assertThat(second.out()).contains("Enter: back to studying");
        Marks m = marks(db);
        assertThat(m.leech()).isTrue();
        if (action.equals("suspend")) {
            assertThat(m.suspended()).isTrue();
            assertThat(second.out()).contains("leech-action is suspend, so the card is now suspended");
        } else {
            assertThat(m.suspended()).isFalse();
            assertThat(second.out()).contains("The card stays in your reviews.");
            // relearning: the card comes back within the session after the leech screen
            String after = second.out().substring(second.out().indexOf("Enter: back to studying"));
            assertThat(after).contains("What is the vanishing-gradient problem?");
        }
        TestEnv list = run(db, "2027-03-01T09:05:00Z", "", "cards", "--leech");
        assertThat(CardsCommandTest.ids(list.out())).containsExactly("mini-fc-01");
        assertThat(list.out()).contains(action.equals("suspend") ? "SL" : "L");
    }

    private static int lapses(Path db) {
        try (Database d = Database.open(db)) {
            return d.memories().get("mini-fc-01").lapses();
        }
    }

    private static Marks marks(Path db) {
        try (Database d = Database.open(db)) {
            return new CardFlags(d).of("mini-fc-01");
        }
    }
}
