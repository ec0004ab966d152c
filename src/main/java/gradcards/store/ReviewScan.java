package gradcards.store;

import java.util.List;

/**
 * The review log summed up for the statistics, so that no Java object is made per review: answer counts per 15-minute
 * slot (kept by triggers in review_slot, schema 5) or per UTC hour split at the minute the study day starts, and the
 * memory model's calibration per bin of predicted recall (from review_gap, kept by triggers too).
 */
public final class ReviewScan {
    /** Answers in one bucket starting at atMillis: all, not Again, to Review cards, to Review cards not Again. */
    public interface Bucket {
        void add(long atMillis, int answers, int right, int reviewAnswers, int reviewRight);
    }

    private ReviewScan() {
    }

    /**
     * Counts per bucket: each UTC hour, split in two at minute `boundaryMinute` (the minute of the hour at which
     * study days start in the learner's zone; 0 for whole-hour zones).
     */
    public static void buckets(Database db, int boundaryMinute, Bucket b) {
        String m = String.format("%02d", Math.max(0, Math.min(59, boundaryMinute)));
        Sql.forEach(db.connection(), db.name(),
                "SELECT substr(reviewed_at, 1, 13), substr(reviewed_at, 15, 2) >= '" + m + "' AS late, count(*),"
                        + " sum(rating <> 1), sum(state_before = 'Review'), sum(state_before = 'Review' AND rating <> 1)"
                        + " FROM review_log GROUP BY 1, 2",
                List.of(), rs -> {
                    long hour = Instants.parse(rs.getString(1) + ":00:00Z").toEpochMilli();
                    long at = rs.getInt(2) == 1 ? hour + Long.parseLong(m) * 60_000L : hour;
                    b.add(at, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
                });
    }

    /** The calibration sums of one bin of predicted recall. */
    public interface Bin {
        void add(int bin, int count, double sumPredicted, int recalled, double logLossSum);
    }

    /**
     * Answers per 15-minute UTC slot from the running summary review_slot (schema 5), each bucket starting at its
     * slot's first millisecond, oldest first. Exact whenever study days start on a quarter hour in UTC (every zone
     * offset and day start in use); {@link #buckets} serves any other boundary.
     */
    public static void slots(Database db, Bucket b) {
        Sql.forEach(db.connection(), db.name(),
                "SELECT slot, answers, right_answers, review_answers, review_right FROM review_slot ORDER BY slot",
                List.of(), rs -> b.add(rs.getLong(1) * 900_000L, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    /**
     * The study days with at least one answer, from the running summaries by {@link #answers}' route (a few hundred
     * rows for a year of study, not a walk through the log).
     */
    public static java.util.SortedSet<java.time.LocalDate> studyDays(Database db, gradcards.srs.StudyDay day,
                                                                    java.time.Instant now) {
        java.util.SortedSet<java.time.LocalDate> days = new java.util.TreeSet<>();
        long[] window = {Long.MAX_VALUE, Long.MIN_VALUE}; // the last day found: [start, end) in epoch ms
        answers(db, day.zone(), day.startOf(day.dateOf(now)), now, (at, answers, right, reviewAnswers, reviewRight) -> {
            if (answers <= 0 || (at >= window[0] && at < window[1])) return;
            java.time.LocalDate d = day.dateOf(java.time.Instant.ofEpochMilli(at));
            window[0] = day.startOf(d).toEpochMilli();
            window[1] = day.startOf(d.plusDays(1)).toEpochMilli();
            days.add(d);
        });
        return days;
    }

    /**
     * Answers per study day from review_slot when every study day is exactly 86,400 s long and starts at
     * {@code dayStartSecond} seconds past a UTC midnight (a zone with one offset over the whole log: see
     * {@link #answers}), each bucket starting at its day's first millisecond, oldest first.
     */
    public static void days(Database db, long dayStartSecond, Bucket b) {
        long off = Math.floorMod(dayStartSecond, 86_400L);
        Sql.forEach(db.connection(), db.name(),
                "SELECT d, sum(answers), sum(right_answers), sum(review_answers), sum(review_right)"
                        + " FROM (SELECT (slot * 900 - ?1 - ((slot * 900 - ?1) % 86400 + 86400) % 86400) / 86400 AS d,"
                        + " answers, right_answers, review_answers, review_right FROM review_slot) GROUP BY d ORDER BY d",
                List.of(off), rs -> b.add((rs.getLong(1) * 86_400L + off) * 1000L, rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)));
    }

    /**
     * Answers per bucket by the cheapest exact route, for study days in {@code zone} one of which starts at
     * {@code dayStart}: per study day in SQL when the zone keeps one offset from the oldest answer to the later of the
     * newest answer and now; per 15-minute slot when days start on a quarter hour; else per hour split at the minute.
     */
    public static void answers(Database db, java.time.ZoneId zone, java.time.Instant dayStart, java.time.Instant now,
                               Bucket b) {
        long start = dayStart.getEpochSecond();
        if (start % 900 != 0) {
            buckets(db, dayStart.atZone(java.time.ZoneOffset.UTC).getMinute(), b);
            return;
        }
        long[] span = new long[2];
        boolean[] any = new boolean[1];
        Sql.forEach(db.connection(), db.name(), "SELECT min(slot), max(slot) FROM review_slot", List.of(), rs -> {
            span[0] = rs.getLong(1);
            any[0] = !rs.wasNull();
            span[1] = rs.getLong(2);
        });
        if (!any[0]) return;
        java.time.Instant from = java.time.Instant.ofEpochSecond(span[0] * 900);
        java.time.Instant to = java.time.Instant.ofEpochSecond(Math.max(span[1] * 900 + 900, now.getEpochSecond()));
        java.time.zone.ZoneRules rules = zone.getRules();
        java.time.zone.ZoneOffsetTransition next = rules.isFixedOffset() ? null : rules.nextTransition(from);
        if (next == null || next.getInstant().isAfter(to)) {
            days(db, start, b);
        } else {
            slots(db, b);
        }
    }

    /**
     * The memory model's calibration summed in SQL from review_gap (schema 5: every answer to a Review card with the
     * days since the card's previous answer and the stability that answer left): per bin of predicted recall
     * {@code p = roundTo8((1 + factor·t/S)^(−decay))} (bin = ⌊p·bins⌋, capped), the count, the sum of p, the answers
     * recalled and the summed log loss with p clamped to [1e-6, 1 − 1e-6], the same terms as
     * {@code Calibration.Builder.add} computes per answer.
     */
    public static void calibration(Database db, double factor, double decay, int bins, Bin sink) {
        // p is computed once per row (LIMIT -1 keeps SQLite from copying its expression into every use), then the bin
        // and the clamped q once: a third of the time of the plain nested form
        String p = "SELECT CAST(pow(1 + ?1 * max(0.0, elapsed_days) / stability, -?2) * 1e8 + 0.5 AS INTEGER) / 1e8 AS p,"
                + " recalled FROM review_gap WHERE stability > 0 LIMIT -1";
        Sql.forEach(db.connection(), db.name(),
                "SELECT b, count(*), sum(p), sum(recalled), -sum(ln(CASE WHEN recalled THEN q ELSE 1 - q END))"
                        + " FROM (SELECT p, recalled, min(?3 - 1, max(0, CAST(p * ?3 AS INTEGER))) AS b,"
                        + " min(1 - 1e-6, max(1e-6, p)) AS q FROM (" + p + ") LIMIT -1) GROUP BY b",
                List.of(factor, decay, bins),
                rs -> sink.add(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4), rs.getDouble(5)));
    }
}
