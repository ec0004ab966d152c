package gradcards.srs;

import java.time.Instant;
import java.util.Objects;

/** A rating given at an instant, as stored in the review log and replayed by {@link Scheduler#replay}. */
public record ReviewEvent(Rating rating, Instant at) {

    /** Rejects missing values. */
    public ReviewEvent {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");
    }
}
