package gradcards.app;

import gradcards.i18n.Counted;
import gradcards.content.Deck;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.interop.AnkiExport;
import gradcards.store.StoredReview;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards export anki FILE.apkg`: the decks as an Anki package that Anki 2.1+, current Anki and AnkiDroid import. */
@Command(name = "anki", mixinStandardHelpOptions = true, description = {
    "The decks (bundled and your own) as an Anki package (.apkg) in the layout of Anki's \"support older Anki versions\"",
    "export, which current Anki, Anki 2.1 and AnkiDroid import. Note type \"gradcards\" (Front, Back, Explanation,",
    "Precise, Demo, Facts; 4-choice and O/X questions in Front), \"gradcards cloze\" for cloze cards; tags",
    "gradcards::topic::…, gradcards::subject::…, gradcards::fact::…; stable guids, so importing a newer export into",
    "Anki updates the notes instead of duplicating them. --lang ko|en|both picks the card language (default both).",
    "덱(기본 덱과 내 덱)을 Anki 패키지(.apkg)로 내보냅니다. 최신 Anki, Anki 2.1, AnkiDroid에서 가져올 수 있습니다.",
    "--lang ko|en|both로 카드 언어를 고릅니다 (기본: both)."})
public class ExportAnkiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.apkg", description = {"The package to write.", "쓸 패키지 파일."})
    Path file;

    @Option(names = "--decks", paramLabel = "NAME,…", split = ",", description = {
        "Only these decks (names as in 'gradcards content stats'; default: all).", "이 덱만 내보냅니다 (기본: 전부)."})
    List<String> decks;

    @Option(names = "--with-history", description = {"Include your review log as Anki revlog, and each studied card's"
        + " schedule and FSRS memory.", "복습 기록(Anki revlog)과 카드별 일정·FSRS 기억 상태도 넣습니다."})
    boolean withHistory;

    @Option(names = "--force", description = {"Overwrite FILE if it exists.", "FILE이 있으면 덮어씁니다."})
    boolean force;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        Lang lang = root.lang();
        AnkiExport.Languages langs = languages(root.options().langOption());
        Path target = file.toAbsolutePath();
        Path db = root.options().dbPath(root.env()).toAbsolutePath();
        if (target.equals(db) || target.toString().startsWith(db + "-")) {
            throw new UserError(Text.of(file + "은(는) 학습 데이터베이스입니다; 다른 파일 이름을 주세요",
                    file + " is your study database; give another file name"));
        }
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".apkg")) {
            throw new UserError(Text.of(file + ": Anki 패키지 이름은 .apkg로 끝나야 합니다 (예: gradcards.apkg)",
                    file + ": an Anki package name ends in .apkg (e.g. gradcards.apkg)"));
        }
        if (Files.exists(target) && !force) {
            throw new UserError(Text.of(file + "이(가) 이미 있습니다 (덮어쓰려면 --force)",
                    file + " exists already (add --force to overwrite it)"));
        }
        try (Services s = Services.open(root)) {
            List<Deck> chosen = choose(s.content.decks());
            AnkiExport.History history = null;
            if (withHistory) {
                Map<String, List<StoredReview>> reviews = new HashMap<>();
                s.db.forEachReview(r -> reviews.computeIfAbsent(r.review().cardId(), k -> new ArrayList<>()).add(r));
                history = new AnkiExport.History(reviews, s.db.memories());
            }
            AnkiExport.Written w = write(target, chosen, s, langs, history);
            root.out().println(lang.t(file + "에 덱 " + chosen.size() + "개, 노트 " + w.notes() + "개(빈칸 " + w.clozeNotes()
                    + "개)를 썼습니다" + (withHistory ? ", 복습 기록 " + w.reviews() + "건" : "") + " — Anki에서 파일 > 가져오기",
                    "wrote " + Counted.en(chosen.size(), "deck") + ", " + Counted.en(w.notes(), "note") + " (" + w.clozeNotes()
                    + " cloze) to " + file + (withHistory ? ", " + Counted.en(w.reviews(), "review") : "") + " — in Anki: File > Import"));
        }
        return 0;
    }

    private AnkiExport.Written write(Path target, List<Deck> chosen, Services s, AnkiExport.Languages langs,
                                     AnkiExport.History history) {
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.delete(tmp);
            AnkiExport.Written w = AnkiExport.write(tmp, chosen, s.content, langs, history, s.clock.instant());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return w;
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to clean up
            }
            if (e instanceof UserError u) throw u;
            throw new UserError(Text.of(file + "에 쓸 수 없습니다: " + e.getMessage() + " (다른 경로를 주세요)",
                    "cannot write " + file + ": " + e.getMessage() + " (give another path)"), e);
        }
    }

    private List<Deck> choose(List<Deck> all) {
        if (decks == null || decks.isEmpty()) return all;
        List<Deck> out = new ArrayList<>();
        for (String name : decks) {
            Deck d = all.stream().filter(x -> x.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
            if (d == null) {
                String names = String.join(", ", all.stream().map(Deck::name).toList());
                throw new UserError(Text.of("덱 \"" + name + "\"이(가) 없습니다 (있는 덱: " + names + ")",
                        "no deck \"" + name + "\" (decks: " + names + ")"));
            }
            if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    private static AnkiExport.Languages languages(String option) {
        if (option == null || option.equals("both")) return AnkiExport.Languages.BOTH;
        return Lang.parse(option) == Lang.KO ? AnkiExport.Languages.KO : AnkiExport.Languages.EN;
    }
}
