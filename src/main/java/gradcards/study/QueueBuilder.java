package gradcards.study;

import gradcards.content.Card;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds today's queue from the decks and the stored memories, under the daily limits. */
public final class QueueBuilder {
    private QueueBuilder() {
    }

    /** What is due today and how many new cards and reviews may still be shown. */
    public record Limits(int newLeft, int reviewsLeft) {
    }

    /** The queue at now: learning cards due today, reviews due by today's date, then new cards in deck order. */
    public static StudyQueue build(List<Card> cards, Map<String, Memory> memories, Instant now, StudyDay day,
                                   Limits limits) {
        List<StudyQueue.Entry> learning = new ArrayList<>();
        List<StudyQueue.Entry> reviews = new ArrayList<>();
        List<StudyQueue.Entry> fresh = new ArrayList<>();
        Instant endOfDay = day.endOfDay(now);
        for (Card c : cards) {
            Memory m = memories.get(c.id());
            if (m == null || m.state() == CardState.NEW) {
                if (fresh.size() < limits.newLeft()) fresh.add(new StudyQueue.Entry(c.id(), Source.NEW, now));
            } else if (m.due().isBefore(endOfDay)) {
                boolean intraday = m.state() != CardState.REVIEW && m.scheduledIntraday();
                (intraday ? learning : reviews).add(new StudyQueue.Entry(c.id(),
                        intraday ? Source.LEARNING : Source.REVIEW, m.due()));
            }
        }
        reviews.sort(Comparator.comparing(StudyQueue.Entry::due));
        List<StudyQueue.Entry> limited = reviews.subList(0, Math.min(reviews.size(), Math.max(0, limits.reviewsLeft())));
        return new StudyQueue(learning, limited, fresh);
    }

    /**
     * The queue at now with the reviews chosen elsewhere (the exam plan): learning cards due today as usual, then the
     * given review cards in the given order up to the review limit, then new cards in deck order up to the new limit.
     */
    public static StudyQueue build(List<Card> cards, Map<String, Memory> memories, Instant now, StudyDay day,
                                   Limits limits, List<String> reviewOrder) {
        List<StudyQueue.Entry> learning = new ArrayList<>();
        List<StudyQueue.Entry> fresh = new ArrayList<>();
        for (Card c : cards) {
            Memory m = memories.get(c.id());
            if (m == null || m.state() == CardState.NEW) {
                if (fresh.size() < limits.newLeft()) fresh.add(new StudyQueue.Entry(c.id(), Source.NEW, now));
            } else if (m.state() != CardState.REVIEW && m.scheduledIntraday() && m.due().isBefore(day.endOfDay(now))) {
                learning.add(new StudyQueue.Entry(c.id(), Source.LEARNING, m.due()));
            }
        }
        List<StudyQueue.Entry> reviews = new ArrayList<>();
        for (String id : reviewOrder) {
            Memory m = memories.get(id);
            if (reviews.size() >= Math.max(0, limits.reviewsLeft())) break;
            if (m != null && !m.isNew()) reviews.add(new StudyQueue.Entry(id, Source.REVIEW, m.due()));
        }
        return new StudyQueue(learning, reviews, fresh);
    }

    /** Counts for the overview: due now, due later today, and new cards available. */
    public record Counts(int dueNow, int dueLaterToday, int newAvailable, int newUnseen) {
    }

    /** The overview's counts at now: due reviews capped by the daily review limit, as the session shows them. */
    public static Counts counts(List<Card> cards, Map<String, Memory> memories, Instant now, StudyDay day,
                                Limits limits) {
        int learningNow = 0;
        int reviewsNow = 0;
        int later = 0;
        int unseen = 0;
        Instant endOfDay = day.endOfDay(now);
        for (Card c : cards) {
            Memory m = memories.get(c.id());
            if (m == null || m.state() == CardState.NEW) unseen++;
            else if (!m.due().isAfter(now) && m.scheduledIntraday()) learningNow++;
            else if (!m.due().isAfter(now)) reviewsNow++;
            else if (m.due().isBefore(endOfDay)) later++;
        }
        int dueNow = learningNow + Math.min(reviewsNow, Math.max(0, limits.reviewsLeft()));
        return new Counts(dueNow, later, Math.min(unseen, Math.max(0, limits.newLeft())), unseen);
    }
}
