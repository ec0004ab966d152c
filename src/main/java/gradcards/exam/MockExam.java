package gradcards.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mock written exam as a state machine: a cursor over the questions, an answer (1–4 or none) and a flag per
 * question, answers changeable until submitted; submitted by the learner or when the time is up. No feedback
 * before the end. Time is passed in: this class reads no clock.
 */
public final class MockExam {
    private final List<ExamQuestion> questions;
    private final int[] answers;
    private final boolean[] flags;
    private final Instant started;
    private final Duration limit;
    private int cursor;
    private Instant submittedAt;

    public MockExam(List<ExamQuestion> questions, Instant started, Duration limit) {
        this.questions = List.copyOf(questions);
        this.answers = new int[questions.size()];
        this.flags = new boolean[questions.size()];
        this.started = started;
        this.limit = limit;
    }

    public List<ExamQuestion> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    /** The question on screen (0-based). */
    public int cursor() {
        return cursor;
    }

    public ExamQuestion current() {
        return questions.get(cursor);
    }

    /** The answer given to question i (0-based): 1–4, or 0 when blank. */
    public int answer(int i) {
        return answers[i];
    }

    public boolean flagged(int i) {
        return flags[i];
    }

    /** Answers the question on screen (1–4); changes an earlier answer. */
    public void choose(int choice) {
        requireOpen();
        if (choice < 1 || choice > 4) throw new IllegalArgumentException("choice must be 1..4, got " + choice);
        answers[cursor] = choice;
    }

    /** Leaves the question on screen blank again. */
    public void clear() {
        requireOpen();
        answers[cursor] = 0;
    }

    /** Flags or unflags the question on screen (to come back to it). */
    public void toggleFlag() {
        requireOpen();
        flags[cursor] = !flags[cursor];
    }

    /** Moves to the next question; false at the last one. */
    public boolean next() {
        if (cursor + 1 >= size()) return false;
        cursor++;
        return true;
    }

    /** Moves to the previous question; false at the first one. */
    public boolean previous() {
        if (cursor == 0) return false;
        cursor--;
        return true;
    }

    /** Jumps to question number n (1-based); false when there is no such question. */
    public boolean jump(int n) {
        if (n < 1 || n > size()) return false;
        cursor = n - 1;
        return true;
    }

    /** How many questions have an answer. */
    public int answeredCount() {
        int n = 0;
        for (int a : answers) if (a != 0) n++;
        return n;
    }

    /** The question numbers (1-based) left blank, and those flagged. */
    public List<Integer> blanks() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) if (answers[i] == 0) out.add(i + 1);
        return out;
    }

    public List<Integer> flaggedNumbers() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) if (flags[i]) out.add(i + 1);
        return out;
    }

    /** Time left at now (never negative). */
    public Duration remaining(Instant now) {
        Duration left = limit.minus(Duration.between(started, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the time is up at now. */
    public boolean timeUp(Instant now) {
        return remaining(now).isZero();
    }

    /** Submits the paper at now (at the deadline at the latest); nothing changes after that. */
    public ExamResult submit(Instant now) {
        if (submittedAt == null) {
            Instant deadline = started.plus(limit);
            submittedAt = now.isAfter(deadline) ? deadline : now;
        }
        return result();
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /** The result of the submitted paper. */
    public ExamResult result() {
        if (submittedAt == null) throw new IllegalStateException("the exam is not submitted yet");
        List<Integer> given = new ArrayList<>();
        for (int a : answers) given.add(a == 0 ? null : a);
        return ExamResult.score(questions, given, Duration.between(started, submittedAt), limit);
    }

    private void requireOpen() {
        if (submittedAt != null) throw new IllegalStateException("the exam is submitted");
    }
}
