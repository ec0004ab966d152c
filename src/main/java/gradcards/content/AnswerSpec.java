package gradcards.content;

import java.util.List;

/**
 * A typed answer as written in the deck: accepted forms and rejects (entries "@group" name a synonym group),
 * an optional numeric value with its relative tolerance, and whether typo tolerance is off for this card.
 */
public record AnswerSpec(List<String> accept, List<String> reject, Double numeric, Double tolerance, boolean strictTypos) {
}
