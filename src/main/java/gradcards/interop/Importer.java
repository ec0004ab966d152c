package gradcards.interop;

import gradcards.content.Content;
import gradcards.content.ContentLoader;
import gradcards.content.Problem;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import gradcards.srs.Review;
import gradcards.srs.ReviewEvent;
import gradcards.srs.Scheduler;
import gradcards.store.AnkiCollection;
import gradcards.store.Database;
import gradcards.store.ReviewRow;
import gradcards.store.UserCards;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** `gradcards import`: reads a file completely (CSV/TSV, Markdown, Anki package), then applies it in one transaction. */
public final class Importer {
    /** The largest text file read (CSV, Markdown). */
    static final long MAX_TEXT_BYTES = 256L << 20;

    /** What an import did: the plan, the database outcome, the cards whose history came in. */
    public record Applied(ImportPlan plan, UserCards.Outcome outcome, int historyCards) {
    }

    private Importer() {
    }

    /** Reads file by its kind (.apkg/.colpkg, .csv/.tsv/.txt, .md); deck names the deck (null: from the file). */
    public static ImportPlan read(Path file, String deck) {
        AnkiPackage.checkReadable(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if (name.endsWith(".apkg") || name.endsWith(".colpkg") || startsWithZip(file)) {
            ImportPlan plan = AnkiImport.plan(file.toString(), AnkiPackage.open(file), deck);
            return plan;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            String d = deck != null ? deck : stem;
            MarkdownDeck.Result r = MarkdownDeck.read(file.toString(), text(file), d, "md:" + Ids.part(d) + ":");
            if (!r.problems().isEmpty()) {
                Problem p = r.problems().get(0);
                int more = r.problems().size() - 1;
                throw ImportException.of(p.file() + ":" + p.line() + ":" + p.column(), p.message()
                        + (more > 0 ? " (+" + more + " more)" : ""),
                        (p.ko() != null ? p.ko() : p.message()) + (more > 0 ? " (그 밖에 " + more + "개)" : ""));
            }
            ImportPlan plan = new ImportPlan(file.toString(), "Markdown");
            plan.notes = r.cards().size();
            plan.cards.addAll(r.cards());
            return plan;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CsvDeck.read(file.toString(), text(file), deck, stem, name.endsWith(".tsv"));
        }
        throw ImportException.of(file.toString(), "unknown kind of file (import reads .apkg, .colpkg, .csv, .tsv, .txt and .md)",
                "알 수 없는 파일 종류입니다 (.apkg, .colpkg, .csv, .tsv, .txt, .md를 가져올 수 있습니다)");
    }

    private static boolean startsWithZip(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** The file as UTF-8 text; junk (not UTF-8) or a huge file is one clear error. */
    static String text(Path file) {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw ImportException.of(file.toString(), "the file is larger than 256 MB; split it",
                        "파일이 256MB보다 큽니다; 나누어 가져오세요");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw ImportException.of(file.toString(), "not UTF-8 text (is it the right file? save it as UTF-8)",
                        "UTF-8 텍스트가 아닙니다 (맞는 파일인가요? UTF-8로 저장하세요)");
            }
        } catch (IOException e) {
            throw ImportException.of(file.toString(), "cannot read (" + e.getMessage() + ")", "읽을 수 없습니다 (" + e.getMessage() + ")");
        }
    }

    /**
     * Applies a plan in one transaction: cards added or updated in place (same id), and with history the Anki
     * reviews of cards that have none here yet, each card's memory replayed from them by the scheduler.
     */
    public static Applied apply(ImportPlan plan, Database db, Content base, Scheduler scheduler, boolean withHistory) {
        Map<UserCard, String> json = new java.util.IdentityHashMap<>();
        List<UserCard> cards = loadable(plan, base, json);
        List<UserCards.Row> rows = new ArrayList<>(cards.size());
        String source = Path.of(plan.file()).getFileName().toString();
        for (int i = 0; i < cards.size(); i++) {
            UserCard c = cards.get(i);
            rows.add(new UserCards.Row(c.id(), c.deck(), i, json.get(c), source));
        }
        List<ReviewRow> reviews = new ArrayList<>();
        Map<String, Memory> memories = new LinkedHashMap<>();
        int historyCards = 0;
        if (withHistory && !plan.revlog().isEmpty()) {
            Map<Long, List<AnkiCollection.RevlogRow>> byCard = new HashMap<>();
            for (AnkiCollection.RevlogRow r : plan.revlog()) {
                if (r.ease() >= 1 && r.ease() <= 4 && r.type() <= 3) byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
            }
            Set<String> reviewed = db.userCards().reviewed(cards.stream().map(UserCard::id).toList());
            for (UserCard c : cards) {
                List<AnkiCollection.RevlogRow> log = byCard.get(c.ankiCardId());
                if (c.ankiCardId() == 0 || log == null || reviewed.contains(c.id())) continue;
                List<ReviewEvent> events = log.stream()
                        .map(r -> new ReviewEvent(Rating.of(r.ease()), Instant.ofEpochMilli(r.id()))).toList();
                List<Review> replayed = scheduler.replayLog(c.id(), events);
                for (int i = 0; i < replayed.size(); i++) {
                    reviews.add(ReviewRow.of(c.id(), replayed.get(i), Math.max(0, log.get(i).timeMs()), ReviewRow.STUDY));
                }
                memories.put(c.id(), replayed.get(replayed.size() - 1).after());
                historyCards++;
            }
        }
        UserCards.Outcome outcome = db.userCards().importCards(rows, reviews, memories);
        return new Applied(plan, outcome, historyCards);
    }

    /** The plan's cards that load as deck cards; any other is skipped with the reason. */
    static List<UserCard> loadable(ImportPlan plan, Content base) {
        return loadable(plan, base, new java.util.IdentityHashMap<>());
    }

    /** As loadable(plan, base), keeping each card's JSON body in json (it is written once). */
    static List<UserCard> loadable(ImportPlan plan, Content base, Map<UserCard, String> json) {
        Set<String> ids = new java.util.HashSet<>();
        plan.cards.removeIf(c -> {
            boolean dup = !ids.add(c.id());
            if (dup) plan.skip("the same id twice (the later one is skipped)", "같은 id가 두 번 (뒤의 것은 건너뜀)");
            return dup;
        });
        for (UserCard c : plan.cards()) json.put(c, c.toJson());
        List<String> bodies = plan.cards().stream().map(json::get).toList();
        if (ContentLoader.userDeck(plan.file(), UserDecks.deckJson("check", bodies), "check", "", base).ok()) {
            return plan.cards();
        }
        List<UserCard> ok = new ArrayList<>();
        for (UserCard c : plan.cards()) {
            ContentLoader.Result r = ContentLoader.userDeck(plan.file(), UserDecks.deckJson("check", List.of(json.get(c))),
                    "check", "", base);
            if (r.ok()) ok.add(c);
            else plan.skip("not a usable card: " + r.problems().get(0).message(), "쓸 수 없는 카드: " + (r.problems().get(0).ko() != null ? r.problems().get(0).ko() : r.problems().get(0).message()));
        }
        return ok;
    }
}
