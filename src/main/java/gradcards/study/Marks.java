package gradcards.study;

import java.time.Instant;

/**
 * What the learner did to a card apart from answering it: suspended (never shown until unsuspended), buried until an
 * instant (hidden until the next study day), flagged (a doubt to check later), or made a leech by many lapses.
 */
public record Marks(boolean suspended, Instant buriedUntil, boolean flagged, boolean leech) {
    /** A card with no marks. */
    public static final Marks NONE = new Marks(false, null, false, false);

    /** Whether the card is buried at now. */
    public boolean buriedAt(Instant now) {
        return buriedUntil != null && now.isBefore(buriedUntil);
    }

    /** Whether a study session at now leaves the card out (suspended or buried). */
    public boolean hiddenAt(Instant now) {
        return suspended || buriedAt(now);
    }

    public Marks withSuspended(boolean s) {
        return new Marks(s, buriedUntil, flagged, leech);
    }

    public Marks withBuriedUntil(Instant until) {
        return new Marks(suspended, until, flagged, leech);
    }

    public Marks withFlagged(boolean f) {
        return new Marks(suspended, buriedUntil, f, leech);
    }

    public Marks withLeech(boolean l) {
        return new Marks(suspended, buriedUntil, flagged, l);
    }

    /** The cards a study session at now may show: those neither suspended nor buried. */
    public static java.util.List<gradcards.content.Card> shown(java.util.List<gradcards.content.Card> cards,
                                                               java.util.Map<String, Marks> marks, Instant now) {
        return cards.stream().filter(c -> !marks.getOrDefault(c.id(), NONE).hiddenAt(now)).toList();
    }

    /** Whether this is the same as no marks at all (a bury that has run out counts as none). */
    public boolean isNone(Instant now) {
        return !suspended && !flagged && !leech && !buriedAt(now);
    }
}
