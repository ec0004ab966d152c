package gradcards.bench;

/**
 * Where a benchmark reports how far it is (the command draws it as a progress line on a terminal, and nothing when
 * the output is piped); a benchmark never prints progress itself.
 */
@FunctionalInterface
public interface BenchProgress {

    /** The stage running (e.g. "answer writes"), and how many of its steps are done out of total. */
    void at(String stage, int step, int total);

    /** Ignores all progress. */
    BenchProgress NONE = (stage, step, total) -> { };
}
