package gradcards.exam;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scored paper: per question the answer given (null when blank; blank counts as wrong), per subject and overall
 * score, time used, and the written exam's pass rule: every subject at least 40 % and the average of the subject
 * percentages at least 60 % (전 과목 평균 60점 이상, 과목당 40점 이상).
 */
public record ExamResult(List<Row> rows, Map<Integer, Part> subjects, int total, int score, Duration used,
                         Duration limit, boolean pass) {

    /** Pass mark of the average of the subject percentages. */
    public static final double PASS_AVERAGE = 0.60;
    /** Pass mark of every subject. */
    public static final double PASS_SUBJECT = 0.40;

    /** One question: the answer given (1–4 or null) and the displayed position of the key. */
    public record Row(ExamQuestion question, Integer given, int correctChoice) {
        public boolean correct() {
            return given != null && given == correctChoice;
        }
    }

    /** One subject's score. */
    public record Part(int total, int score) {
        public double fraction() {
            return total == 0 ? 0 : score / (double) total;
        }
    }

    /** Scores answers (null for blank) against the questions. */
    public static ExamResult score(List<ExamQuestion> questions, List<Integer> given, Duration used, Duration limit) {
        List<Row> rows = new java.util.ArrayList<>();
        Map<Integer, int[]> sums = new TreeMap<>();
        int score = 0;
        for (int i = 0; i < questions.size(); i++) {
            ExamQuestion q = questions.get(i);
            Row r = new Row(q, given.get(i), q.correctChoice());
            rows.add(r);
            int[] s = sums.computeIfAbsent(q.subject(), k -> new int[2]);
            s[0]++;
            if (r.correct()) {
                s[1]++;
                score++;
            }
        }
        Map<Integer, Part> subjects = new TreeMap<>();
        sums.forEach((k, v) -> subjects.put(k, new Part(v[0], v[1])));
        return new ExamResult(List.copyOf(rows), subjects, questions.size(), score, used, limit, passes(subjects));
    }

    /** The pass rule: every subject ≥ 40 % and the mean of the subject percentages ≥ 60 %. */
    public static boolean passes(Map<Integer, Part> subjects) {
        if (subjects.isEmpty()) return false;
        double sum = 0;
        for (Part p : subjects.values()) {
            if (p.fraction() < PASS_SUBJECT) return false;
            sum += p.fraction();
        }
        return sum / subjects.size() >= PASS_AVERAGE - 1e-12;
    }

    /** The mean of the subject percentages (the exam's average). */
    public double average() {
        return subjects.values().stream().mapToDouble(Part::fraction).average().orElse(0);
    }
}
