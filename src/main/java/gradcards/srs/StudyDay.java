package gradcards.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How gradcards counts days: calendar dates in the learner's zone, a new day starting at dayStartHour (as Anki). */
public record StudyDay(ZoneId zone, int dayStartHour) {

    /** The study date an instant belongs to. */
    public LocalDate dateOf(Instant t) {
        return t.atZone(zone).minusHours(dayStartHour).toLocalDate();
    }

    /** The instant the given study date starts. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).plusHours(dayStartHour).toInstant();
    }

    /** The instant today's study day (the one holding now) ends. */
    public Instant endOfDay(Instant now) {
        return startOf(dateOf(now).plusDays(1));
    }
}
