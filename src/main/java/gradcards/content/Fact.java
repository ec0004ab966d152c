package gradcards.content;

import gradcards.i18n.Text;

/** One fact of the inventory (S01–S44 from the seed, B01–B25 beyond it), with the demo that backs it if any. */
public record Fact(String id, Text statement, String category, String source, String demo, String errata,
                   boolean lowPriority) {
}
