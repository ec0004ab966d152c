package gradcards.content;

import gradcards.i18n.Text;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A question type of the decks: its JSON code, its name, how a card of it is read from deck JSON and from the
 * snapshot, and an example card. Each type is one file of this package (the card's record, holding everything the
 * type does) with one {@code TYPE} constant; {@link CardTypes} lists them: the one registry everything iterates.
 */
public final class CardType implements Coded {

    /** Reads a card's own fields from its deck JSON object, reporting each problem (the common fields are read). */
    interface DeckRead {
        Card read(DeckReader.Fields f, CardInfo info);
    }

    /** Reads a card's own fields back from a snapshot, in the order {@link Card#writeSnapshot} wrote them. */
    interface SnapshotRead {
        Card read(CardInfo info, ContentSnapshot.In in) throws IOException;
    }

    /**
     * A whole card of this type as deck JSON (the format's documentation and the registry test's input), with an
     * input the grader takes as right and one it takes as wrong (a 4-choice card shown in file order).
     */
    public record Example(String json, String right, String wrong) {
    }

    private final String code;
    private final Text label;
    private final Card.Answering answering;
    private final DeckRead deck;
    private final SnapshotRead snapshot;
    private final Example example;

    CardType(String code, Text label, Card.Answering answering, DeckRead deck, SnapshotRead snapshot, Example example) {
        this.code = code;
        this.label = label;
        this.answering = answering;
        this.deck = deck;
        this.snapshot = snapshot;
        this.example = example;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }

    /** How a card of this type is answered. */
    public Card.Answering answering() {
        return answering;
    }

    /** Whether its cards are graded (so can be quizzed), not only revealed and rated. */
    public boolean graded() {
        return answering != Card.Answering.REVEAL;
    }

    /** An example card of this type. */
    public Example example() {
        return example;
    }

    Card read(DeckReader.Fields f, CardInfo info) {
        return deck.read(f, info);
    }

    Card read(CardInfo info, ContentSnapshot.In in) throws IOException {
        return snapshot.read(info, in);
    }

    @Override
    public String toString() {
        return code;
    }

    /** Every type, in registry order. */
    public static List<CardType> all() {
        return CardTypes.ALL;
    }

    /** The type with this JSON code, or null. */
    public static CardType fromCode(String code) {
        for (CardType t : CardTypes.ALL) {
            if (t.code.equals(code)) return t;
        }
        return null;
    }

    /** The graded types (those a quiz can ask), in registry order. */
    public static List<CardType> gradedTypes() {
        return CardTypes.ALL.stream().filter(CardType::graded).toList();
    }

    /** The codes as a sentence lists them: "flashcard, mcq, ox, short or cloze". */
    public static String codes(List<CardType> types) {
        List<String> codes = types.stream().map(CardType::code).toList();
        if (codes.size() < 2) return String.join("", codes);
        return codes.subList(0, codes.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + codes.get(codes.size() - 1);
    }
}
