package gradcards.config;

import java.util.Map;

/**
 * When a card becomes a leech and what happens to it: after threshold lapses (0 = never), the card is tagged, or
 * tagged and suspended (settings leech-threshold and leech-action, as Anki's).
 */
public record LeechRule(int threshold, boolean suspend) {

    /** The rule from the stored settings (defaults: 8 lapses, tag only). */
    public static LeechRule from(Map<String, String> stored) {
        return new LeechRule(Integer.parseInt(Settings.value(stored, SettingKey.LEECH_THRESHOLD)),
                Settings.value(stored, SettingKey.LEECH_ACTION).equals("suspend"));
    }

    /** Whether an answer that took the card from lapsesBefore to lapsesAfter makes a card that is not yet a leech one. */
    public boolean becomesLeech(int lapsesBefore, int lapsesAfter, boolean alreadyLeech) {
        return threshold > 0 && !alreadyLeech && lapsesAfter > lapsesBefore && lapsesAfter >= threshold;
    }
}
