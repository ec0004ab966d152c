package gradcards.study;

import gradcards.content.Card;
import gradcards.grade.Verdict;
import gradcards.srs.Memory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A self-check round: a fixed list of auto-graded questions answered one after another, without feedback until the
 * end, like the written exam. Each answer is saved through the same AnswerPath as a study session's (its
 * SchedulePolicy says what a quiz answer does to the schedule), rated from its verdict, the moment it is given.
 */
public final class Quiz {
    /** One answered question. */
    public record Answered(Presentation shown, Outcome outcome) {
    }

    private final List<Presentation> questions;
    private final Map<String, Memory> memories;
    private final AnswerPath path;
    private final Checker checker;
    private final List<Answered> answered = new ArrayList<>();

    public Quiz(List<Presentation> questions, Map<String, Memory> memories, AnswerPath path, Checker checker) {
        this.questions = List.copyOf(questions);
        this.memories = memories;
        this.path = path;
        this.checker = checker;
    }

    /** The question on screen, or null when all are answered. */
    public Presentation current() {
        return done() ? null : questions.get(answered.size());
    }

    public boolean done() {
        return answered.size() == questions.size();
    }

    public int size() {
        return questions.size();
    }

    public List<Answered> answered() {
        return List.copyOf(answered);
    }

    /** Judges and saves an answer; an INVALID outcome saves nothing and the same question stays. */
    public Outcome answer(String input, Instant now, long durationMs) {
        Presentation p = current();
        Outcome o = checker.check(p, input);
        if (o.verdict() == Verdict.INVALID) return o;
        String id = p.card().id();
        path.give(id, memories.get(id), o.defaultRating(), now, durationMs, AnswerText.of(p, o)) // the path's policy decides
                .filter(g -> !QuizScheduling.leavesCard(g.review()))            // what the answer does to the card
                .ifPresent(g -> memories.put(id, g.review().after()));
        answered.add(new Answered(p, o));
        return o;
    }

    /** How many answers were right (typo-tolerated ones included). */
    public int right() {
        return (int) answered.stream().filter(a -> a.outcome().correct()).count();
    }

    /** The questions answered wrongly, in order. */
    public List<Answered> wrong() {
        return answered.stream().filter(a -> !a.outcome().correct()).toList();
    }

    /** Picks up to count auto-graded cards at random (seeded), with mcq choices shuffled. */
    public static List<Presentation> draw(List<Card> pool, int count, long seed) {
        List<Card> cards = new ArrayList<>(pool.stream().filter(c -> !c.revealOnly()).toList());
        java.util.Collections.shuffle(cards, new java.util.Random(seed));
        List<Presentation> out = new ArrayList<>();
        for (Card c : cards.subList(0, Math.min(count, cards.size()))) {
            out.add(new Presentation(c, null, Presentation.order(c, seed, 0)));
        }
        return out;
    }
}
