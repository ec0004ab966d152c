package gradcards.srs;

/** The two FSRS memory variables of a card: stability S (days) and difficulty D (1..10); (0, 0) before the first review. */
public record MemoryState(double stability, double difficulty) {

    /** The state of a card never rated. */
    public static final MemoryState NONE = new MemoryState(0, 0);

    /** The memory variables of a card. */
    public static MemoryState of(Memory memory) {
        return new MemoryState(memory.stability(), memory.difficulty());
    }

    /** True before the first rating (S = D = 0, as ts-fsrs tests it). */
    public boolean isNone() {
        return stability == 0 && difficulty == 0;
    }
}
