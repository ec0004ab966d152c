package gradcards.app;

import gradcards.i18n.Text;
import gradcards.error.UserError;
import gradcards.i18n.Lang;
import gradcards.store.CardFlags;
import gradcards.study.Marks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards suspend|unsuspend|flag|unflag ID…`: change the marks of cards, all of them or (on a bad id) none. */
final class MarkCommands {
    private MarkCommands() {
    }

    /** What each command does: the change, the test of "already so", and its words in both languages. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "ID", description = "Card ids (see 'gradcards cards').")
        List<String> ids = new ArrayList<>();

        abstract UnaryOperator<Marks> change();

        abstract Predicate<Marks> done();

        /** "suspended" / "중지했습니다" and "already suspended" / "이미 중지됨". */
        abstract String[] words(Lang lang);

        @Override
        public Integer call() {
            Gradcards root = Gradcards.root(spec);
            try (Services s = Services.open(root)) {
                Set<String> known = new LinkedHashSet<>(s.content.byId().keySet());
                known.addAll(s.db.memories().keySet());
                Set<String> wanted = new LinkedHashSet<>(ids);
                List<String> unknown = wanted.stream().filter(id -> !known.contains(id)).toList();
                if (!unknown.isEmpty()) {
                    throw new UserError(Text.of("없는 카드: " + String.join(", ", unknown)
                            + " (아무것도 바꾸지 않았습니다; 'gradcards cards 검색어'로 id를 찾으세요)", "no card " + String.join(", ", unknown) + " (nothing changed; find ids with"
                            + " 'gradcards cards WORD')"));
                }
                CardFlags flags = new CardFlags(s.db);
                List<String> already = wanted.stream().filter(id -> done().test(flags.of(id))).toList();
                flags.saveAll(wanted, change());
                String[] w = words(s.lang());
                for (String id : wanted) root.out().println(id + "  " + (already.contains(id) ? w[1] : w[0]));
            }
            return 0;
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = {
        "Suspend cards: a suspended card is never shown in study until unsuspended (its memory is kept).",
        "카드를 중지합니다: 중지한 카드는 'unsuspend' 할 때까지 학습에 나오지 않습니다."})
    static final class Suspend extends Base {
        UnaryOperator<Marks> change() {
            return m -> m.withSuspended(true);
        }

        Predicate<Marks> done() {
            return Marks::suspended;
        }

        String[] words(Lang l) {
            return new String[] {l.t("중지함", "suspended"), l.t("이미 중지됨", "already suspended")};
        }
    }

    @Command(name = "unsuspend", mixinStandardHelpOptions = true, description = {
        "Unsuspend cards: they come back in study when due.",
        "중지를 풉니다: 예정일이 되면 다시 학습에 나옵니다."})
    static final class Unsuspend extends Base {
        UnaryOperator<Marks> change() {
            return m -> m.withSuspended(false);
        }

        Predicate<Marks> done() {
            return m -> !m.suspended();
        }

        String[] words(Lang l) {
            return new String[] {l.t("중지 풀림", "unsuspended"), l.t("중지되어 있지 않음", "was not suspended")};
        }
    }

    @Command(name = "flag", mixinStandardHelpOptions = true, description = {
        "Flag cards: a doubt to check later ('gradcards cards --flagged' lists them).",
        "카드에 표시합니다: 나중에 확인할 의문 ('gradcards cards --flagged'로 목록)."})
    static final class Flag extends Base {
        UnaryOperator<Marks> change() {
            return m -> m.withFlagged(true);
        }

        Predicate<Marks> done() {
            return Marks::flagged;
        }

        String[] words(Lang l) {
            return new String[] {l.t("표시함", "flagged"), l.t("이미 표시됨", "already flagged")};
        }
    }

    @Command(name = "unflag", mixinStandardHelpOptions = true, description = {
        "Remove the flag from cards.", "카드의 표시를 지웁니다."})
    static final class Unflag extends Base {
        UnaryOperator<Marks> change() {
            return m -> m.withFlagged(false);
        }

        Predicate<Marks> done() {
            return m -> !m.flagged();
        }

        String[] words(Lang l) {
            return new String[] {l.t("표시 지움", "unflagged"), l.t("표시되어 있지 않음", "was not flagged")};
        }
    }
}
