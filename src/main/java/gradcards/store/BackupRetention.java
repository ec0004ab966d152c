package gradcards.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, and the newest of each of the
 * last 4 weeks (ISO weeks) that have one, counting in the learner's study days. The rest may be deleted.
 */
final class BackupRetention {
    static final int DAILY = 7;
    static final int WEEKLY = 4;

    private BackupRetention() {
    }

    /** The instants to keep among the backups taken at these instants; dayOf gives an instant's study date. */
    static Set<Instant> keep(List<Instant> takenAt, Function<Instant, LocalDate> dayOf) {
        List<Instant> newestFirst = takenAt.stream().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Instant t : newestFirst) {
            LocalDate d = dayOf.apply(t);
            if (days.size() < DAILY && days.add(d)) keep.add(t);
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) keep.add(t);
        }
        return keep;
    }
}
