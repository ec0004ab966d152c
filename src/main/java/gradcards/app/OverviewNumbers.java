package gradcards.app;

import gradcards.config.SettingKey;
import gradcards.content.Card;
import gradcards.render.Overview;
import gradcards.srs.Memory;
import gradcards.store.ReviewRow;
import gradcards.study.DailyRules;
import gradcards.study.QueueBuilder;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the overview's numbers from the database and prints the overview screen. */
final class OverviewNumbers {
    private OverviewNumbers() {
    }

    /** Computes the overview's numbers from the database at now. */
    static Overview.Numbers numbers(Services s, Instant now) {
        DailyRules.Window w = DailyRules.Window.of(s.day(), now);
        Map<String, Memory> memories = s.db.memories();
        List<Card> cards = s.content.cards();
        DbLog log = new DbLog(s.db);
        int studied = s.db.reviewsBetween(w.start(), w.end(), ReviewRow.STUDY);
        QueueBuilder.Counts c = QueueBuilder.counts(cards, memories, now, s.day(), DailyRules.limits(s.day(), now,
                s.settings.newPerDay(), s.settings.reviewsPerDay(), log));
        int streak = DailyRules.streak(s.day(), now, log);
        Optional<Instant> next = cards.stream().map(k -> memories.get(k.id()))
                .filter(m -> m != null && !m.isNew()).map(Memory::due).min(Instant::compareTo);
        return new Overview.Numbers(w.date(), c.dueNow(), c.dueLaterToday(), c.newAvailable(), c.newUnseen(), studied,
                streak, next, SettingKey.examDate(s.db.settings()));
    }

    /** Prints the overview. */
    static void print(Services s, PrintWriter out) {
        Instant now = s.clock.instant();
        for (String l : Overview.render(numbers(s, now), now, s.lang(), s.style(), s.zone)) out.println(l);
        out.flush();
    }
}
