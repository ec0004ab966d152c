package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static final Instant MON = Instant.parse("2026-11-30T09:00:00Z"); // a Monday
    private static final Function<Instant, LocalDate> UTC_DATE = t -> t.atZone(ZoneOffset.UTC).toLocalDate();

    @Test
    void sixtyDailyBackupsKeepTheLastSevenDaysAndTheNewestOfFourWeeks() {
        List<Instant> taken = new ArrayList<>();
        for (int d = 0; d < 60; d++) taken.add(MON.minus(d, ChronoUnit.DAYS));
        Set<Instant> keep = BackupRetention.keep(taken, UTC_DATE);
        // 7 days: Nov 24..30; weeks: the newest of the weeks of Nov 30, Nov 23-29, Nov 16-22, Nov 9-15
        assertThat(keep).containsExactlyInAnyOrder(day(30), day(29), day(28), day(27), day(26), day(25), day(24),
                day(22), day(15));
    }

    @Test
    void severalBackupsInOneDayKeepOnlyTheNewestOfThatDay() {
        Instant morning = MON;
        Instant evening = MON.plus(10, ChronoUnit.HOURS);
        assertThat(BackupRetention.keep(List.of(morning, evening), UTC_DATE)).containsExactly(evening);
    }

    @Test
    void fewerBackupsThanTheLimitsAreAllKept() {
        List<Instant> taken = List.of(MON, MON.minus(3, ChronoUnit.DAYS), MON.minus(40, ChronoUnit.DAYS));
        assertThat(BackupRetention.keep(taken, UTC_DATE)).containsExactlyInAnyOrderElementsOf(taken);
    }

    private static Instant day(int novemberDay) {
        return Instant.parse(String.format("2026-11-%02dT09:00:00Z", novemberDay));
    }
}
