package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.CardFlags;
import gradcards.store.Database;
import gradcards.study.Marks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** suspend|unsuspend|flag|unflag commands, the study keys s, b, ! (and the Korean layout) and undo of each. */
class MarksEndToEndTest {
    static final String NOW = "2026-12-01T09:00:00Z";
    @TempDir
    Path tmp;

    String[] args(Path db, String now, String... more) {
        List<String> a = new ArrayList<>(List.of("--db", db.toString(), "--content", StudyEndToEndTest.MINI.toString(),
                "--now", now, "--plain"));
        if (!List.of(more).contains("--lang")) a.addAll(List.of("--lang", "en"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    Map<String, Marks> marks(Path db) {
        try (Database d = Database.open(db)) {
            return new CardFlags(d).all();
        }
    }

    @Test
    void commandsChangeMarksAndABadIdChangesNothing() {
        Path db = tmp.resolve("m.sqlite");
        TestEnv e = new TestEnv("");
        assertThat(e.run(args(db, NOW, "suspend", "mini-fc-01", "mini-ox-01"))).isZero();
        assertThat(e.out()).isEqualTo("mini-fc-01  suspended\nmini-ox-01  suspended\n");
        TestEnv again = new TestEnv("");
        assertThat(again.run(args(db, NOW, "flag", "mini-fc-01"))).isZero();
        assertThat(marks(db)).containsEntry("mini-fc-01", Marks.NONE.withSuspended(true).withFlagged(true))
                .containsEntry("mini-ox-01", Marks.NONE.withSuspended(true));

        TestEnv bad = new TestEnv("");
        assertThat(bad.run(args(db, NOW, "unsuspend", "mini-fc-01", "nope-01"))).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("gradcards: no card nope-01 (nothing changed; find ids with 'gradcards cards WORD')\n");
        assertThat(marks(db).get("mini-fc-01").suspended()).isTrue();

        TestEnv ko = new TestEnv("");
        assertThat(ko.run(args(db, NOW, "--lang", "ko", "unsuspend", "mini-fc-01", "mini-mcq-01"))).isZero();
        assertThat(ko.out()).isEqualTo("mini-fc-01  중지 풀림\nmini-mcq-01  중지되어 있지 않음\n");
        assertThat(new TestEnv("").run(args(db, NOW, "unflag", "mini-fc-01"))).isZero();
        assertThat(marks(db)).containsOnlyKeys("mini-ox-01");
    }

    @Test
    void aSuspendedCardIsNeverShownInStudyAndUnsuspendBringsItBack() {
        Path db = tmp.resolve("s.sqlite");
        assertThat(new TestEnv("").run(args(db, NOW, "suspend", "mini-fc-01"))).isZero();
        TestEnv study = new TestEnv("q\n");
        assertThat(study.run(args(db, NOW, "study"))).isZero();
        assertThat(study.out()).doesNotContain("What is the vanishing-gradient problem?").contains("new 4 ·");
        TestEnv overview = new TestEnv("");
        assertThat(overview.run(args(db, NOW))).isZero();
        assertThat(overview.out()).contains("4 (4 unseen)");
        assertThat(new TestEnv("").run(args(db, NOW, "unsuspend", "mini-fc-01"))).isZero();
        TestEnv back = new TestEnv("q\n");
        assertThat(back.run(args(db, NOW, "study"))).isZero();
        assertThat(back.out()).contains("What is the vanishing-gradient problem?");
    }

    @Test
    void studyKeysSuspendBuryAndFlagAndUndoTakesEachBack() {
        Path db = tmp.resolve("k.sqlite");
        // fc: flag it (!), then suspend it (s); mcq: bury it (b); ox: undo (the bury), undo (the suspend); quit
        TestEnv e = new TestEnv("!\ns\nb\nu\nu\nq\n");
        assertThat(e.run(args(db, NOW, "study"))).isZero();
        assertThat(e.out()).contains("⚑ flagged", "card suspended", "card buried until tomorrow",
                "the last suspend, bury or flag was taken back");
        assertThat(marks(db)).containsExactly(Map.entry("mini-fc-01", Marks.NONE.withFlagged(true)));
        String afterLastUndo = e.out().substring(e.out().lastIndexOf("the last suspend, bury or flag was taken back"));
        assertThat(afterLastUndo).as("the undo of its suspend shows the flashcard again, flagged")
                .contains("Flashcard · subject 3 · definition · ⚑ flagged", "What is the vanishing-gradient problem?");

        TestEnv keep = new TestEnv("s\nb\nq\n"); // fc suspended, mcq buried, both kept
        assertThat(keep.run(args(db, NOW, "study"))).isZero();
        Map<String, Marks> m = marks(db);
        assertThat(m.get("mini-fc-01").suspended()).isTrue();
        assertThat(m.get("mini-mcq-01").buriedUntil()).hasToString("2026-12-02T04:00:00Z"); // TZ UTC, day-start 4
        TestEnv later = new TestEnv("q\n");
        assertThat(later.run(args(db, "2026-12-01T20:00:00Z", "study"))).isZero();
        assertThat(later.out()).doesNotContain("sigmoid is [NOT] correct");
        TestEnv tomorrow = new TestEnv("q\n");
        assertThat(tomorrow.run(args(db, "2026-12-02T09:00:00Z", "study"))).isZero();
        assertThat(tomorrow.out()).contains("sigmoid is [NOT] correct").doesNotContain("What is the vanishing");
    }

    @Test
    void theKoreanLayoutKeysWorkToo() {
        Path db = tmp.resolve("ko.sqlite");
        TestEnv e = new TestEnv("ㄴ\nㅠ\nㅕ\nㅂ\n");
        assertThat(e.run(args(db, NOW, "--lang", "ko", "study"))).isZero();
        assertThat(e.out()).contains("카드를 중지했습니다", "카드를 내일까지 묻어 두었습니다", "되돌렸습니다");
        assertThat(marks(db)).containsOnlyKeys("mini-fc-01");
        assertThat(marks(db).get("mini-fc-01").suspended()).isTrue();
    }

    @Test
    void theHelpScreenListsTheKeysInBothLanguages() {
        TestEnv en = new TestEnv("?\n\nq\n");
        assertThat(en.run(args(tmp.resolve("h.sqlite"), NOW, "study"))).isZero();
        assertThat(en.out()).contains("s               suspend this card", "b               bury this card until tomorrow",
                "!               flag or unflag it", "ㅠ bury");
        TestEnv ko = new TestEnv("?\n\nq\n");
        assertThat(ko.run(args(tmp.resolve("h.sqlite"), NOW, "--lang", "ko", "study"))).isZero();
        assertThat(ko.out()).contains("이 카드 중지", "내일까지 묻어 두기", "표시하기·지우기", "ㅠ 묻기");
    }
}
