package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.interop.AnkiExport;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.ReviewEvent;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.store.Database;
import gradcards.store.ReviewRow;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gradcards import` and `gradcards export anki` as a learner runs them. */
class ImportCommandTest {
    static final String NOW = "2026-12-01T09:00:00Z";

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/interop/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path db() {
        return dir.resolve("data").resolve("gradcards.sqlite");
    }

    private TestEnv run(String lang, String... args) {
        TestEnv env = new TestEnv("");
        List<String> all = new ArrayList<>(List.of("--db", db().toString(), "--now", NOW, "--plain", "--lang", lang));
        all.addAll(List.of(args));
        env.run(all.toArray(String[]::new));
        return env;
    }

    private int code(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db().toString(), "--now", NOW, "--plain", "--lang", "en"));
        all.addAll(List.of(args));
        return new TestEnv("").run(all.toArray(String[]::new));
    }

    @Test
    void reimportingAnUnchangedFileSaysNothingChangedInBothLanguages() throws IOException {
        Path csv = dir.resolve("cards.csv");
        Files.writeString(csv, "front,back\nReLU'(x) for x > 0?,1\n시그모이드 도함수의 최댓값?,0.25\n");
        TestEnv first = run("en", "import", csv.toString());
        assertThat(first.out()).contains("2 cards: 2 new, 0 updated, 0 unchanged").contains("study them with 'gradcards study'")
                .doesNotContain("nothing changed");
        TestEnv again = run("en", "import", csv.toString());
        assertThat(again.out()).contains("2 cards: 0 new, 0 updated, 2 unchanged")
                .contains("nothing changed: all 2 cards were already here").doesNotContain("study them");
        TestEnv ko = run("ko", "import", csv.toString());
        assertThat(ko.out()).contains("새 카드 0, 고침 0, 그대로 2").contains("바뀐 것 없음: 카드 2장 모두 이미 들어와 있습니다")
                .doesNotContain("학습하세요");
        Files.writeString(csv, "front,back\nReLU'(x) for x > 0?,1 (one)\n시그모이드 도함수의 최댓값?,0.25\n");
        TestEnv changed = run("ko", "import", csv.toString());
        assertThat(changed.out()).contains("새 카드 0, 고침 1, 그대로 1").contains("'gradcards study'로 학습하세요")
                .doesNotContain("바뀐 것 없음");
    }

    @Test
    void multiTemplateNotesComeInOneCardPerTemplateAndReimportUpdatesInPlace() {
        TestEnv env = run("en", "import", fixture("multi-template.apkg").toString(), "--with-history");
        assertThat(env.err()).isEmpty();
        assertThat(env.out()).contains("4 notes → 6 cards: 6 new, 0 updated, 0 unchanged")
                .contains("history: 2 reviews of 1 card,").doesNotContain("skipped");
        try (Database d = Database.open(db())) {
            assertThat(d.userCards().all()).extracting(r -> r.cardId()).containsExactlyInAnyOrder("anki:rev-1",
                    "anki:rev-1:t2", "anki:opt-no", "anki:opt-yes", "anki:opt-yes:t2", "anki:typed");
            assertThat(d.reviews("anki:rev-1:t2")).hasSize(2); // the Anki log of card 2 went to card 2
            assertThat(d.reviews("anki:rev-1")).isEmpty();
        }
        TestEnv again = run("en", "import", fixture("multi-template.apkg").toString(), "--with-history");
        assertThat(again.out()).contains("4 notes → 6 cards: 0 new, 0 updated, 6 unchanged").contains("history: 0 reviews");
        TestEnv modern = run("ko", "import", fixture("multi-template-21b.apkg").toString());
        assertThat(modern.out()).contains("노트 4개 → 카드 6장: 새 카드 0, 고침 6, 그대로 0"); // same ids: in place
        try (Database d = Database.open(db())) {
            assertThat(d.userCards().all()).hasSize(6);
            assertThat(d.reviews("anki:rev-1:t2")).hasSize(2);
        }
        TestEnv cards = run("en", "cards", "rev-1");
        assertThat(cards.out()).contains("anki:rev-1:t2").contains("anki:rev-1 ");
    }

    @Test
    void anki21bWithHistoryReplaysTheMemoryFromTheAnkiLog() {
        TestEnv env = run("en", "import", fixture("anki21b-fixture.apkg").toString(), "--with-history");
        assertThat(env.err()).isEmpty();
        assertThat(env.out()).contains("2 notes → 3 cards: 3 new, 0 updated, 0 unchanged")
                .contains("media not imported (text only): relu.png, note.mp3")
                .contains("history: 6 reviews of 2 cards");
        Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC));
        Instant t0 = Instant.ofEpochMilli(1780000000000L);
        List<ReviewEvent> basic = List.of(new ReviewEvent(Rating.GOOD, t0), new ReviewEvent(Rating.GOOD, t0.plusSeconds(600)),
                new ReviewEvent(Rating.EASY, t0.plus(Duration.ofDays(3))), new ReviewEvent(Rating.AGAIN, t0.plus(Duration.ofDays(9))));
        try (Database d = Database.open(db())) {
            assertThat(d.memory("anki:Kq&1x:ab9Z")).contains(scheduler.replay("anki:Kq&1x:ab9Z", basic));
            assertThat(d.reviews("anki:Kq&1x:ab9Z")).extracting(r -> r.review().rating())
                    .containsExactly(Rating.GOOD, Rating.GOOD, Rating.EASY, Rating.AGAIN); // the manual entry is not a review
            assertThat(d.reviews("anki:Kq&1x:ab9Z")).extracting(r -> r.review().durationMs()).containsExactly(8000L, 5000L, 4000L, 9000L);
            assertThat(d.reviews("anki:Wp2#dd/8Lm:c1")).hasSize(2);
            assertThat(d.memory("anki:Wp2#dd/8Lm:c2")).isEmpty();
        }
        TestEnv again = run("en", "import", fixture("anki21b-fixture.apkg").toString(), "--with-history");
        assertThat(again.out()).contains("3 cards: 0 new, 0 updated, 3 unchanged").contains("history: 0 reviews of 0 cards");
    }

    /**
     * The acceptance line "a user deck and the bundled bank together in study, quiz, stats and cards, in both languages;
     * a broken user deck skipped with its error, the rest working", one language per run.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ko", "en"})
    void userDeckAndBankTogetherInEveryCommandWithABrokenDeckSkipped(String lang) throws IOException {
        boolean ko = lang.equals("ko");
        Path decks = Files.createDirectories(db().getParent().resolve("decks"));
        Files.writeString(decks.resolve("mine.md"), """
                # 원인
                Q: 시그모이드 도함수의 최댓값은?
                A: 0.25

                ReLU의 기울기는 x > 0에서 [1]이다.

                # 내 메모
                {{c1::He}} 초기화는 분산을 {{c2::2/n}}으로 둔다.
                """);
        Files.writeString(decks.resolve("broken.md"), "Q: 답이 없는 질문\n");
        String skipped = ko ? "이 덱은 건너뜀" : "deck skipped";

        TestEnv cards = run(lang, "cards");
        assertThat(cards.out()).contains("basics-fc-01").contains("deck:mine:");
        assertThat(cards.out().lines().filter(l -> l.contains("deck:mine:")).count()).isEqualTo(4); // c1, c2: two cards
        assertThat(cards.err()).contains("broken.md:1:1").contains(skipped);

        // study: a bundled card and a card of mine are both answered in one session
        TestEnv study = new TestEnv("\n3\n\n3\nq\n");
        assertThat(study.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", lang, "study")).isZero();
        assertThat(study.out()).contains(ko ? "시그모이드 도함수의 최댓값은?" : "시그모이드 도함수의 최댓값은?");
        assertThat(study.err()).contains("broken.md:1:1").doesNotContain("Exception");
        try (Database d = Database.open(db())) {
            assertThat(d.memories().keySet()).anyMatch(id -> id.startsWith("deck:mine:"))
                    .anyMatch(id -> !id.contains(":"));
        }

        TestEnv stats = new TestEnv("q\n");
        assertThat(stats.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", lang, "stats")).isZero();
        assertThat(stats.out()).contains(ko ? "내 카드" : "own cards").contains(ko ? "과목 없음" : "no subject")
                .contains(ko ? "정의" : "definition");
        assertThat(stats.err()).contains("broken.md:1:1");

        TestEnv mine = new TestEnv("q\n");
        assertThat(mine.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", lang, "quiz", "--topic", "own",
                "--count", "2", "--seed", "1")).isZero();
        assertThat(mine.out()).contains(ko ? "빈칸 · 내 카드" : "Cloze · own cards").contains("( 1 )");
        TestEnv bankQuiz = new TestEnv("q\n");
        assertThat(bankQuiz.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", lang, "quiz", "--topic",
                "definition", "--count", "2", "--seed", "1")).isZero();
        assertThat(bankQuiz.out()).doesNotContain(ko ? "내 카드" : "own cards").doesNotContain("Exception");
        assertThat(bankQuiz.err()).contains("broken.md:1:1").contains(skipped);
    }

    @Test
    void importedAndOwnDecksStudyBesideTheBankInBothLanguages() throws IOException {
        Files.createDirectories(db().getParent().resolve("decks"));
        Files.writeString(db().getParent().resolve("decks").resolve("mine.md"), """
                # 원인
                Q: 시그모이드 도함수의 최댓값은?
                A: 0.25

                ReLU의 기울기는 x > 0에서 [1]이다.
                """);
        Files.writeString(db().getParent().resolve("decks").resolve("broken.json"), "{\"cards\": [{\"id\": \"x\"}");
        assertThat(code("import", fixture("anki-notes-export.txt").toString())).isZero();

        TestEnv check = run("en", "content", "check");
        assertThat(check.err()).contains("broken.json:1:").contains("1 problem —");
        TestEnv stats = run("ko", "content", "stats");
        int bank = ContentLoader.bundled().content().cards().size();
        assertThat(stats.out()).contains("카드 " + (bank + 7) + "장").contains("내 카드 5"); // 5 CSV cards, 2 under "# 원인": cause
        assertThat(stats.err()).contains("broken.json:1:").contains("이 덱은 건너뜀");

        // study: the first new cards alternate between the bank and the learner's own decks
        TestEnv study = new TestEnv("\n3\n\n3\nq\n");
        study.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", "ko", "study");
        assertThat(study.out()).contains("시그모이드 도함수의 최댓값은?");
        assertThat(study.err()).contains("broken.json");
        try (Database d = Database.open(db())) {
            assertThat(d.memories().keySet()).anyMatch(id -> id.startsWith("deck:mine:"));
        }
        TestEnv en = new TestEnv("q\n");
        en.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", "en", "stats");
        assertThat(en.out()).contains("own cards").contains("no subject");
        TestEnv quiz = new TestEnv("q\n");
        quiz.run("--db", db().toString(), "--now", NOW, "--plain", "--lang", "en", "quiz", "--topic", "own", "--count", "2");
        assertThat(quiz.out()).contains("Cloze · own cards").contains("( 1 )").doesNotContain("Exception");
    }

    @Test
    void badInputIsOneLineNamingTheFileAndLeavesTheDatabaseByteForByte() throws IOException {
        assertThat(code("import", fixture("anki-notes-export.txt").toString())).isZero();
        byte[] before = Files.readAllBytes(db());
        assertThat(Files.exists(Path.of(db() + "-wal"))).isFalse();

        Path notZip = Files.writeString(dir.resolve("notes.apkg"), "this is not a zip");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path quotes = Files.writeString(dir.resolve("quotes.csv"), "front,back\n\"open,never closed\n");
        Path noCollection = dir.resolve("nocol.apkg");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(noCollection))) {
            z.putNextEntry(new ZipEntry("media"));
            z.write("{}".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path unknownSchema = dir.resolve("future.apkg");
        Path col = dir.resolve("future.anki2");
        try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(fixture("third-party-generator.apkg").toFile())) {
            Files.write(col, zf.getInputStream(zf.getEntry("collection.anki2")).readAllBytes());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + col); var st = c.createStatement()) {
            st.execute("UPDATE col SET ver = 99");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(unknownSchema))) {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            z.write(Files.readAllBytes(col));
            z.closeEntry();
        }
        Path notSqlite = dir.resolve("notsqlite.apkg");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(notSqlite))) {
            z.putNextEntry(new ZipEntry("collection.anki21"));
            z.write(Files.readAllBytes(fixture("anki21b-fixture.apkg"))); // a zip, not SQLite: not a collection
            z.closeEntry();
        }
        Path junk = dir.resolve("junk.apkg");
        Random random = new Random(7);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(junk)) {
            for (int i = 0; i < 100; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        Path junkCsv = Files.copy(junk, dir.resolve("junk.csv"));
        Map<Path, String> expected = Map.of(notZip, "not an Anki package (not a zip file)", empty, "the file is empty",
                quotes, ":2:1: this quote is never closed", noCollection, "the package holds no Anki collection",
                notSqlite, "collection.anki21: it holds no Anki collection", unknownSchema,
                "collection.anki2: its collection has schema 99, which gradcards does not know", junk, "not an Anki package",
                junkCsv, "not UTF-8 text");
        for (var e : expected.entrySet()) {
            TestEnv env = run("en", "import", e.getKey().toString());
            assertThat(env.err()).as(e.getKey().toString()).startsWith("gradcards: " + e.getKey()).contains(e.getValue())
                    .doesNotContain("Exception").hasLineCount(1);
            assertThat(Files.readAllBytes(db())).as(e.getKey().toString()).isEqualTo(before);
        }
        TestEnv ko = run("ko", "import", notZip.toString());
        assertThat(ko.err()).contains("Anki 패키지가 아닙니다").hasLineCount(1);
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void exportWithHistoryAndImportIntoAFreshDatabaseGivesTheSameMemories() throws IOException {
        // a learner's history: five bundled cards reviewed over three weeks, fuzz off so dues compare exactly
        assertThat(code("config", "set", "fuzz", "off")).isZero();
        Content bank = ContentLoader.bundled().content();
        Scheduler scheduler = new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC).withFuzz(false));
        List<String> ids = bank.cards().subList(0, 5).stream().map(c -> c.id()).toList();
        try (Database d = Database.open(db())) {
            Instant t = Instant.parse("2026-11-01T08:00:00Z");
            Rating[] ratings = {Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.EASY, Rating.HARD};
            for (int k = 0; k < ids.size(); k++) {
                Memory m = Memory.fresh(t);
                for (int step = 0; step < 4; step++) {
                    Instant at = t.plus(Duration.ofDays(step * 5L)).plusSeconds(k * 60L);
                    Review r = scheduler.review(ids.get(k), m, ratings[(k + step) % ratings.length], at);
                    d.saveReview(ReviewRow.of(ids.get(k), r, 3000 + k, ReviewRow.STUDY), r.after());
                    m = r.after();
                }
            }
        }
        Path apkg = dir.resolve("out").resolve("bank.apkg");
        TestEnv export = run("en", "export", "anki", apkg.toString(), "--with-history");
        assertThat(export.err()).isEmpty();
        assertThat(export.out()).contains(bank.cards().size() + " notes").contains("20 reviews");
        assertThat(code("export", "anki", apkg.toString())).isEqualTo(1); // exists: needs --force
        assertThat(code("export", "anki", db().toString())).isEqualTo(1); // never the database

        Path other = dir.resolve("other").resolve("g.sqlite");
        TestEnv in = new TestEnv("");
        in.run("--db", other.toString(), "--now", NOW, "--lang", "en", "config", "set", "fuzz", "off");
        in.run("--db", other.toString(), "--now", NOW, "--lang", "en", "import", apkg.toString(), "--with-history");
        assertThat(in.out()).contains(bank.cards().size() + " cards: " + bank.cards().size() + " new")
                .contains("history: 20 reviews of 5 cards");
        try (Database a = Database.open(db()); Database b = Database.open(other)) {
            for (String id : ids) {
                assertThat(b.memory("anki:" + AnkiExport.guid(id))).as(id).isEqualTo(a.memory(id));
            }
        }
    }

    @Test
    void dryRunChangesNothingAndDeckNamesTheDeck() {
        TestEnv env = run("en", "import", fixture("third-party-generator.apkg").toString(), "--dry-run", "--deck", "Mine");
        assertThat(env.out()).contains("3 notes → 4 cards (dry run: nothing changed)").contains("decks: Mine");
        assertThat(Files.exists(db())).isFalse();
    }
}
