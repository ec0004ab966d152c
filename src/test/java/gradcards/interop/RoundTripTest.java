package gradcards.interop;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Cloze;
import gradcards.content.Card;
import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.srs.Scheduler;
import gradcards.srs.SchedulerConfig;
import gradcards.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export the bundled bank to an Anki package, import it back: same cards, same text. */
class RoundTripTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    static Content bank() {
        return ContentLoader.bundled().content();
    }

    static Scheduler scheduler() {
        return new Scheduler(SchedulerConfig.defaults(ZoneOffset.UTC));
    }

    @Test
    void bundledBankSurvivesExportAndImport() throws Exception {
        Content bank = bank();
        Path apkg = dir.resolve("bank.apkg");
        AnkiExport.Written w = AnkiExport.write(apkg, bank.decks(), bank, AnkiExport.Languages.KO, null, NOW);
        assertThat(w.notes()).isEqualTo(bank.cards().size());

        ImportPlan plan = Importer.read(apkg, null);
        assertThat(plan.format()).isEqualTo("Anki collection.anki21");
        assertThat(plan.cards()).hasSize(bank.cards().size());
        assertThat(plan.skipped()).isEmpty();
        Map<String, UserCard> imported = plan.cards().stream().collect(Collectors.toMap(UserCard::id, c -> c));
        for (Card c : bank.cards()) {
            UserCard u = imported.get("anki:" + AnkiExport.guid(c.id()) + (c instanceof Cloze ? ":c1" : ""));
            assertThat(u).as(c.id()).isNotNull();
            assertThat(u.prompt()).as(c.id()).isEqualTo(Html.tidy(AnkiExport.frontText(c, true)));
            assertThat(u.answer()).as(c.id()).isEqualTo(Html.tidy(AnkiExport.backText(c, true)));
            assertThat(u.cloze()).isEqualTo(c instanceof Cloze);
            if (c instanceof Cloze z) assertThat(u.blanks()).hasSize(z.blanks().size());
            assertThat(u.tags()).contains("gradcards::topic::" + c.info().topic().code(),
                    "gradcards::subject::" + c.info().subject());
            assertThat(u.topic()).isEqualTo(c.info().topic().code());
        }

        Path db = dir.resolve("g.sqlite");
        try (Database d = Database.open(db)) {
            Importer.Applied first = Importer.apply(plan, d, bank, scheduler(), false);
            assertThat(first.outcome().added()).isEqualTo(bank.cards().size());
            List<gradcards.store.UserCards.Row> rows = d.userCards().all();
            Importer.Applied again = Importer.apply(Importer.read(apkg, null), d, bank, scheduler(), false);
            assertThat(again.outcome().added()).isZero();
            assertThat(again.outcome().updated()).isZero();
            assertThat(again.outcome().unchanged()).isEqualTo(bank.cards().size());
            assertThat(d.userCards().all()).isEqualTo(rows);
            UserDecks.Result loaded = UserDecks.load(null, rows, bank);
            assertThat(loaded.problems()).isEmpty();
            assertThat(loaded.cards()).isEqualTo(bank.cards().size());
        }
    }
}
