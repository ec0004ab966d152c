package gradcards.study;

import gradcards.srs.Fsrs;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything `stats` needs from the review log, gathered in one pass without keeping the rows: answers per study day,
 * today's answers, 30-day retention on Review cards and the model's calibration. Feed it the answers grouped by card
 * (oldest first within a card); a null card id takes no part in the calibration.
 */
public final class ReviewTally {
    private static final double MILLIS_PER_DAY = 86_400_000.0;
    private final StudyDay day;
    private final long today;
    private final Parameters weights;
    private final Map<Long, int[]> perDay = new HashMap<>();
    private final Calibration.Builder calibration = new Calibration.Builder();
    int answersToday;
    int rightToday;
    int inReview;
    int recalled;
    private String prevCard;
    private long prevAt;
    private double prevStability;
    private long dayFrom = Long.MAX_VALUE; // the study day of the last bucket: [dayFrom, dayTo), its index and count
    private long dayTo = Long.MIN_VALUE;
    private long dayIndex;
    private int[] dayCount;

    public ReviewTally(StudyDay day, Instant now, Parameters weights) {
        this.day = day;
        this.today = day.dateOf(now).toEpochDay();
        this.weights = weights;
    }

    /** One answer: card, instant (epoch ms), rating 1–4, state code before it, stability after it. */
    public void add(String cardId, long atMillis, int rating, String stateBefore, double stability) {
        boolean right = rating != 1;
        boolean review = "Review".equals(stateBefore);
        addBucket(atMillis, 1, right ? 1 : 0, review ? 1 : 0, review && right ? 1 : 0);
        if (review && cardId != null && cardId.equals(prevCard)) {
            addPrediction(Math.max(0, (atMillis - prevAt) / MILLIS_PER_DAY), prevStability, right);
        }
        prevCard = cardId;
        prevAt = atMillis;
        prevStability = stability;
    }

    /** Answers given at (or in a bucket starting at) atMillis, all within one study day. */
    public void addBucket(long atMillis, int answers, int right, int reviewAnswers, int reviewRight) {
        if (atMillis < dayFrom || atMillis >= dayTo) { // buckets come in time order: one zone lookup per study day
            LocalDate date = day.dateOf(Instant.ofEpochMilli(atMillis));
            dayFrom = day.startOf(date).toEpochMilli();
            dayTo = day.startOf(date.plusDays(1)).toEpochMilli();
            dayIndex = date.toEpochDay();
            dayCount = perDay.computeIfAbsent(dayIndex, k -> new int[1]);
        }
        long d = dayIndex;
        dayCount[0] += answers;
        long ago = today - d;
        if (ago == 0) {
            answersToday += answers;
            rightToday += right;
        }
        if (ago >= 0 && ago < StudyStats.RETENTION_DAYS) {
            inReview += reviewAnswers;
            recalled += reviewRight;
        }
    }

    /** An answer to a Review card elapsedDays after the previous answer, which left the given stability. */
    public void addPrediction(double elapsedDays, double previousStability, boolean recalledIt) {
        if (previousStability <= 0) return;
        calibration.add(Fsrs.retrievability(weights, Math.max(0, elapsedDays), previousStability), recalledIt);
    }

    /** Answers per study date, oldest first. */
    public SortedMap<LocalDate, Integer> perDay() {
        SortedMap<LocalDate, Integer> out = new TreeMap<>();
        perDay.forEach((k, v) -> out.put(LocalDate.ofEpochDay(k), v[0]));
        return out;
    }

    /** Calibration sums of one bin of predicted recall, summed elsewhere (e.g. in SQL) with these weights. */
    public void addCalibrationBin(int bin, int count, double sumPredicted, int recalledCount, double logLossSum) {
        calibration.addBin(bin, count, sumPredicted, recalledCount, logLossSum);
    }

    /** Today's answers and those not Again, then the last 30 days' answers to Review cards and those not Again. */
    public int[] counts() {
        return new int[] {answersToday, rightToday, inReview, recalled};
    }

    /** The weights predictions are made with. */
    public Parameters weights() {
        return weights;
    }

    public Calibration calibration() {
        return calibration.build();
    }
}
