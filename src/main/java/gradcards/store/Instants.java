package gradcards.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How instants are written in the database: ISO-8601 UTC, always with milliseconds and a trailing Z. */
final class Instants {
    // a fixed width keeps text order equal to time order, which the range queries rely on
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {
    }

    /** The database text of an instant (truncated to milliseconds); null stays null. */
    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The instant of a database text, with or without milliseconds; null stays null. */
    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
