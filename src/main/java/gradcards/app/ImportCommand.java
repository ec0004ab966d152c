package gradcards.app;

import gradcards.i18n.Counted;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.interop.ImportException;
import gradcards.interop.ImportPlan;
import gradcards.interop.Importer;
import gradcards.interop.UserCard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards import FILE`: a learner's cards from CSV/TSV, Markdown or an Anki package, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
    "Import your own cards: CSV/TSV (Anki's text export: #separator:, #html:, #tags column:, quoted fields),",
    "a Markdown deck (Q:/A: blocks, {{c1::…}} or [answer] blanks, # headings as topics), or an Anki package",
    "(.apkg/.colpkg: collection.anki2, .anki21, .anki21b). Basic-style notes become one flashcard per card (template)",
    "they have in Anki (a reversed note: two), each cloze cN a cloze card (in Markdown too);",
    "re-importing the same file updates its cards in place and keeps their history. One transaction: a file that",
    "fails changes nothing.",
    "내 카드 가져오기: CSV/TSV(Anki 텍스트 내보내기 형식), 마크다운 덱(Q:/A:, {{c1::…}} 또는 [답] 빈칸, # 제목은 주제),",
    "Anki 패키지(.apkg/.colpkg). 기본 노트는 템플릿 카드마다 플래시카드, 빈칸 cN마다 빈칸 카드가 됩니다. 같은 파일을 다시 가져오면",
    "카드를 그 자리에서 고치고 학습 기록은 그대로 둡니다. 한 트랜잭션: 실패하면 아무것도 바뀌지 않습니다."})
public class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = {"The file: .apkg, .colpkg, .csv, .tsv, .txt or .md.", "가져올 파일."})
    Path file;

    @Option(names = "--deck", paramLabel = "NAME", description = {
        "Put every card into this deck (default: the Anki deck, the deck column, or the file name).",
        "모든 카드를 이 덱에 넣습니다 (기본: Anki 덱, 덱 열 또는 파일 이름)."})
    String deck;

    @Option(names = "--dry-run", description = {"Read and check the file, print what would come in, change nothing.",
        "파일을 읽고 검사해 무엇이 들어올지 보여 줄 뿐, 아무것도 바꾸지 않습니다."})
    boolean dryRun;

    @Option(names = "--with-history", description = {
        "Also import the Anki review log of the imported cards and replay each card's FSRS memory from it",
        "(cards that already have reviews here keep theirs).",
        "Anki 복습 기록도 가져와 카드마다 FSRS 기억 상태를 다시 계산합니다 (이미 기록이 있는 카드는 그대로)."})
    boolean withHistory;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        root.options().clock(root.env()); // a bad --now fails before anything is read
        Lang lang = root.lang();
        if (deck != null && deck.isBlank()) {
            throw new UserError(Text.of("--deck에 덱 이름을 주세요", "--deck needs a deck name"));
        }
        ImportPlan plan;
        try {
            plan = Importer.read(file, deck == null ? null : deck.strip());
        } catch (ImportException e) {
            throw new UserError(e.text(), e);
        }
        PrintWriter out = root.out();
        if (dryRun) {
            out.println(lang.t(file + " (" + plan.format() + "): " + noun(plan, Lang.KO) + " " + plan.notes() + "개 → 카드 "
                    + plan.cards().size() + "장 (시험 실행: 아무것도 바꾸지 않음)",
                    file + " (" + plan.format() + "): " + Counted.en(plan.notes(), noun(plan)) + " → "
                    + Counted.en(plan.cards().size(), "card") + " (dry run: nothing changed)"));
            details(plan, out, lang, 0);
            return 0;
        }
        try (Services s = Services.open(root)) {
            Importer.Applied a;
            try {
                a = Importer.apply(plan, s.db, s.content, s.scheduler(), withHistory);
            } catch (ImportException e) {
                throw new UserError(e.text(), e);
            }
            var o = a.outcome();
            int total = o.added() + o.updated() + o.unchanged();
            out.println(lang.t(file + " (" + plan.format() + "): " + noun(plan, Lang.KO) + " " + plan.notes() + "개 → 카드 " + total
                    + "장: 새 카드 " + o.added() + ", 고침 " + o.updated() + ", 그대로 " + o.unchanged(),
                    file + " (" + plan.format() + "): " + Counted.en(plan.notes(), noun(plan)) + " → " + Counted.en(total, "card") + ": "
                    + o.added() + " new, " + o.updated() + " updated, " + o.unchanged() + " unchanged"));
            details(plan, out, lang, a.historyCards());
            if (withHistory) {
                out.println(lang.t("  학습 기록: 카드 " + a.historyCards() + "장의 복습 " + o.reviews() + "건, FSRS 기억 상태 재계산",
                        "  history: " + Counted.en(o.reviews(), "review") + " of " + Counted.en(a.historyCards(), "card") + ", FSRS memory replayed"));
            }
            if (o.added() + o.updated() + o.reviews() == 0) { // the same file again: say so, nothing to study anew
                out.println(lang.t("  바뀐 것 없음: 카드 " + total + "장 모두 이미 들어와 있습니다",
                        "  nothing changed: " + (total == 1 ? "the card was" : "all " + total + " cards were") + " already here"));
            } else if (total > 0) {
                out.println(lang.t("  'gradcards study'로 학습하세요", "  study them with 'gradcards study'"));
            }
        }
        return 0;
    }

    private static String noun(ImportPlan plan) {
        return plan.format().startsWith("Anki") ? "note" : plan.format().equals("Markdown") ? "block" : "row";
    }

    private static String noun(ImportPlan plan, Lang lang) {
        if (lang == Lang.EN) return noun(plan);
        return plan.format().startsWith("Anki") ? "노트" : plan.format().equals("Markdown") ? "블록" : "행";
    }

    private static void details(ImportPlan plan, PrintWriter out, Lang lang, int history) {
        Set<String> decks = new LinkedHashSet<>();
        for (UserCard c : plan.cards()) decks.add(c.deck());
        if (!decks.isEmpty()) out.println(lang.t("  덱: ", "  decks: ") + String.join(", ", decks));
        int skipped = plan.skipped().values().stream().mapToInt(Integer::intValue).sum();
        if (skipped > 0) {
            StringBuilder b = new StringBuilder();
            plan.skipped().forEach((why, n) -> b.append(b.length() == 0 ? "" : "; ").append(why.in(lang)).append(" ").append(n));
            out.println(lang.t("  건너뜀 " + skipped + ": ", "  skipped " + skipped + ": ") + b);
        }
        if (!plan.media().isEmpty() || plan.mediaInPackage() > 0) {
            out.println(lang.t("  미디어(그림·소리)는 가져오지 않음: ", "  media not imported (text only): ")
                    + (plan.media().isEmpty() ? lang.t(plan.mediaInPackage() + "개", Counted.en(plan.mediaInPackage(), "file")) : String.join(", ", plan.media())));
        }
    }
}
