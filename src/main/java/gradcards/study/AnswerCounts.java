package gradcards.study;

import java.util.Map;

/**
 * Answers given in a span (today's study day, for the overview, `stats` and the session summary alike), by mode:
 * study sessions, quizzes and mock exams. One rule, so the three screens always agree and say what they count.
 */
public record AnswerCounts(int study, int quiz, int exam) {
    /** No answers. */
    public static final AnswerCounts NONE = new AnswerCounts(0, 0, 0);

    /** From counts by mode code ("study", "quiz", "exam"); other codes are not answers of a mode we count. */
    public static AnswerCounts of(Map<String, Integer> byMode) {
        return new AnswerCounts(byMode.getOrDefault("study", 0), byMode.getOrDefault("quiz", 0),
                byMode.getOrDefault("exam", 0));
    }

    /** Every mode together. */
    public int total() {
        return study + quiz + exam;
    }
}
