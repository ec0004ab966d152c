package gradcards.app;

import gradcards.i18n.Text;
import gradcards.content.CardType;
import gradcards.content.Topic;
import gradcards.error.UserError;
import gradcards.render.CardJson;
import gradcards.render.CardList;
import gradcards.srs.CardState;
import gradcards.srs.Scheduler;
import gradcards.store.CardFlags;
import gradcards.study.CardFilter;
import gradcards.study.CardQuery;
import gradcards.study.CardRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards cards`: browse and search the cards, one a line, with their state, due time, recall, lapses and marks. */
@Command(name = "cards", mixinStandardHelpOptions = true, description = {
    "List the cards, one a line: id, type, state, due, recall now, lapses and marks (S suspended, B buried,",
    "F flagged, L leech). QUERY words must all occur in the prompt, answer or id, in either language.",
    "카드 목록: 검색어(한국어·영어 문제와 정답)와 조건으로 골라 봅니다. 카드 하나는 'gradcards card ID'."})
public class CardsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look for (all must occur).")
    List<String> query = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "T[,T…]", description = "Only these topics: definition, cause, remedy,"
            + " exploding, history.")
    String topics;

    @Option(names = "--type", paramLabel = "T[,T…]", description = "Only these types: flashcard, mcq, ox, short, cloze.")
    String types;

    @Option(names = "--state", paramLabel = "S[,S…]", description = "Only these states: new, learning, review, relearning.")
    String states;

    @Option(names = "--due", paramLabel = "today|overdue", description = "Only cards due by the end of today, or overdue"
            + " (due before today began).")
    String due;

    @Option(names = "--suspended", description = "Only suspended cards.")
    boolean suspended;

    @Option(names = "--flagged", description = "Only flagged cards.")
    boolean flagged;

    @Option(names = "--leech", description = "Only leeches (cards forgotten leech-threshold times).")
    boolean leech;

    @Option(names = "--sort", paramLabel = "due|lapses|recall|id", description = "Order: soonest due, most lapses,"
            + " lowest recall first, or by id (default: deck order).")
    String sort;

    @Option(names = "--json", description = "Print a JSON array of {id, type, topic, subject, state, due, recall, reps,"
            + " lapses, suspended, flagged, leech, buried}.")
    boolean json;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        CardFilter filter = filter();
        try (Services s = Services.open(root)) {
            Instant now = s.clock.instant();
            Scheduler scheduler = s.scheduler();
            List<CardRow> rows = CardQuery.rows(s.content.cards(), s.db.memories(), new CardFlags(s.db).all(),
                    m -> scheduler.retrievability(m, now));
            List<CardRow> shown = CardQuery.select(rows, filter, now, s.day());
            if (json) {
                root.out().println(CardJson.list(shown, now));
            } else {
                new CardList(s.lang(), s.style(), s.zone).render(shown, rows.size(), now).forEach(root.out()::println);
            }
        }
        return 0;
    }

    private CardFilter filter() {
        return new CardFilter(String.join(" ", query),
                list("--topic", topics, Topic::fromCode, "definition, cause, remedy, exploding, history"),
                list("--type", types, CardType::fromCode,
                        String.join(", ", CardType.all().stream().map(CardType::code).toList())),
                list("--state", states, CardsCommand::state, "new, learning, review, relearning"),
                due == null ? null : one("--due", due, CardFilter.Due.class, "today, overdue"), suspended, flagged, leech,
                sort == null ? CardFilter.Sort.DECK : one("--sort", sort, CardFilter.Sort.class, "due, lapses, recall, id"));
    }

    private static CardState state(String code) {
        for (CardState s : CardState.values()) {
            if (s.code().equalsIgnoreCase(code)) return s;
        }
        return null;
    }

    /** The values of a comma-separated option; an unknown one is a user error naming the allowed ones. */
    static <T> Set<T> list(String option, String value, Function<String, T> parse, String allowed) {
        Set<T> out = new LinkedHashSet<>();
        if (value == null) return out;
        for (String part : value.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            T t = p.isEmpty() ? null : parse.apply(p);
            if (t == null) throw bad(option, part.strip(), allowed);
            out.add(t);
        }
        return out;
    }

    private static <E extends Enum<E>> E one(String option, String value, Class<E> type, String allowed) {
        for (E e : type.getEnumConstants()) {
            if (e != null && e.name().equalsIgnoreCase(value.strip()) && !e.name().equals("DECK")) return e;
        }
        throw bad(option, value, allowed);
    }

    private static UserError bad(String option, String value, String allowed) {
        return new UserError(Text.of(option + "은(는) " + allowed + " 중 하나여야 합니다 (입력: '" + value + "')", option + " must be one of " + allowed + " (got '" + value + "')"));
    }
}
