package gradcards.app;

import gradcards.i18n.Counted;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.content.ContentLoader;
import gradcards.content.ContentStats;
import gradcards.content.Problem;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.render.ContentStatsView;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards content check|stats`: validate decks and show how the facts are covered. */
@Command(name = "content", mixinStandardHelpOptions = true, description = {"Check the decks and show their statistics.", "덱 검사와 통계."},
        subcommands = {ContentCommand.Check.class, ContentCommand.Stats.class})
public class ContentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Loads the decks of DIR, of --content, or the bundled ones. */
    static ContentLoader.Result load(Path dir, Gradcards root) {
        Path d = dir != null ? dir : root.options().contentDir();
        if (d == null) return ContentLoader.bundled();
        if (!Files.isDirectory(d)) throw new UserError(Text.of(
                d + "은(는) 폴더가 아닙니다 (덱 *.json 파일이 든 폴더를 지정하세요)",
                d + " is not a folder (give a folder of deck *.json files)"));
        return ContentLoader.folder(d);
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = {"Validate decks: every problem with file:line:column and field; exit 1 if any.",
        "Checks broken JSON, missing languages, duplicate ids, unknown fact ids, choice counts, keys, blanks, synonym groups.",
        "덱 검사: 모든 문제를 파일:줄:열과 함께 보여 주고, 문제가 있으면 종료 코드 1."})
    static class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Deck folder (default: --content or the bundled decks).")
        Path dir;

        @Override
        public Integer call() {
            Gradcards root = Gradcards.root(spec);
            Lang lang = root.lang();
            ContentLoader.Result r = load(dir, root);
            var user = UserContent.forContentCommand(root, dir, r.content());
            PrintWriter err = spec.commandLine().getErr();
            for (Problem p : r.problems()) err.println("gradcards: " + p.format(lang));
            for (Problem p : user.problems()) err.println("gradcards: " + p.format(lang));
            int problems = r.problems().size() + user.problems().size();
            if (problems > 0) {
                err.println(lang.t("gradcards: 문제 " + problems + "개 — 위 위치를 고친 뒤 다시 확인하세요",
                        "gradcards: " + Counted.en(problems, "problem") + " — fix them and run the check again"));
                return 1;
            }
            int cards = r.content().cards().size();
            root.out().println(lang.t("덱 " + r.content().decks().size() + "개, 카드 " + cards + "장: 문제 없음",
                    Counted.en(r.content().decks().size(), "deck") + ", " + Counted.en(cards, "card") + ": no problems"));
            if (!user.decks().isEmpty()) {
                root.out().println(lang.t("내 덱 " + user.decks().size() + "개, 카드 " + user.cards() + "장: 문제 없음",
                        "your decks: " + Counted.en(user.decks().size(), "deck") + ", " + Counted.en(user.cards(), "card") + ": no problems"));
            }
            return 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = {"Cards by type, topic and subject; per fact its cards, types and demo; gaps.",
        "덱 통계: 유형·주제·과목별 카드 수, 사실별 카드·유형·데모, 빠진 사실."})
    static class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Deck folder (default: --content or the bundled decks).")
        Path dir;

        @Option(names = "--json", description = "Print the statistics as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Gradcards root = Gradcards.root(spec);
            var content = Services.loadContent(root, dir); // the decks as every command loads them
            var user = UserContent.forContentCommand(root, dir, content);
            for (Problem p : user.problems()) {
                spec.commandLine().getErr().println("gradcards: " + gradcards.interop.UserDecks.warning(p).in(root.lang()));
            }
            ContentStats s = ContentStats.of(content.plus(user.decks()));
            if (json) root.out().println(toJson(s));
            else printTable(s, root);
            return 0;
        }

        static String toJson(ContentStats s) throws Exception {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode o = m.createObjectNode();
            o.put("cards", s.cards());
            o.set("by_type", m.valueToTree(s.byType()));
            o.set("by_topic", m.valueToTree(s.byTopic()));
            o.set("by_subject", m.valueToTree(s.bySubject()));
            ObjectNode facts = o.putObject("facts");
            for (var e : s.facts().entrySet()) {
                ObjectNode f = facts.putObject(e.getKey());
                f.put("cards", e.getValue().cards());
                f.set("types", m.valueToTree(e.getValue().types()));
                f.put("demo", e.getValue().demo());
            }
            o.set("uncovered", m.valueToTree(s.uncovered()));
            o.set("single_type", m.valueToTree(s.singleType()));
            o.set("mcq_key_positions", m.valueToTree(s.keyPositions()));
            o.put("mcq_not_correct", s.incorrectPolarity());
            return m.writeValueAsString(o);
        }

        static void printTable(ContentStats s, Gradcards root) {
            new ContentStatsView(root.lang(), DemoCommand.style(root), DemoCommand.columns(root.env()))
                    .render(s).forEach(root.out()::println);
        }
    }
}
