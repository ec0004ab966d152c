package gradcards.app;

import gradcards.i18n.Text;
import gradcards.content.Card;
import gradcards.error.UserError;
import gradcards.render.CardDetail;
import gradcards.render.CardJson;
import gradcards.srs.Memory;
import gradcards.store.CardFlags;
import gradcards.study.Marks;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `gradcards card ID`: one card in full, its memory and marks, and its whole review history. */
@Command(name = "card", mixinStandardHelpOptions = true, description = {
    "Show one card in full (prompt, choices, answer, explanation, precise note, demo), its memory (stability,",
    "difficulty, recall now, next due), its marks and every answer given to it.",
    "카드 하나의 내용 전체, 기억 상태(안정도·난이도·지금 기억률·다음 복습), 표시, 답한 기록을 모두 봅니다."})
public class CardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The card's id (see 'gradcards cards').")
    String id;

    @Option(names = "--json", description = "Print the card, its memory, marks and history"
            + " ({\"history\": [{\"reviewed_at\", \"rating\", \"mode\", \"state_before\"}], …}) as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Gradcards root = Gradcards.root(spec);
        try (Services s = Services.open(root)) {
            Instant now = s.clock.instant();
            Card card = s.content.byId().get(id);
            Memory memory = s.db.memory(id).orElse(null);
            List<CardDetail.Past> history = s.db.reviews(id).stream().map(r -> new CardDetail.Past(r.review().reviewedAt(),
                    r.review().rating(), r.review().mode(), r.review().stateBefore())).toList();
            if (card == null && memory == null && history.isEmpty()) throw unknown(s);
            double recall = memory == null ? Double.NaN : s.scheduler().retrievability(memory, now);
            Marks marks = new CardFlags(s.db).of(id);
            if (json) {
                root.out().println(CardJson.detail(id, card, memory, recall, marks, history, now));
            } else {
                new CardDetail(s.lang(), s.style(), s.zone, 80).render(id, card, memory, recall, marks, history, now)
                        .forEach(root.out()::println);
            }
        }
        return 0;
    }

    private UserError unknown(Services s) {
        List<String> near = Main.closest(id, s.content.byId().keySet());
        String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?";
        String hintKo = near.isEmpty() ? "" : "; 혹시 " + String.join(" 또는 ", near.subList(0, Math.min(3, near.size()))) + "?";
        return new UserError(Text.of("'" + id + "' 카드가 없습니다 ('gradcards cards 검색어'로 id를 찾으세요)" + hintKo, "no card '" + id + "' (find ids with 'gradcards cards WORD')" + hint));
    }
}
