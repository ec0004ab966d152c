package gradcards.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Namespaced card ids of a learner's cards: they hold ':' so they never equal a bundled id ([a-z0-9-]). */
final class Ids {
    private Ids() {
    }

    /** The id of an Anki note (and cloze number, 0 for none): anki:GUID or anki:GUID:cN; odd guids as hex. */
    static String anki(byte[] guid, int cloze) {
        boolean plain = guid.length > 0 && guid.length <= 64;
        for (byte b : guid) plain &= b >= 0x21 && b <= 0x7e;
        String g = plain ? new String(guid, StandardCharsets.US_ASCII) : "x" + HexFormat.of().formatHex(guid);
        return "anki:" + g + (cloze > 0 ? ":c" + cloze : "");
    }

    /**
     * The id of one card of a Basic-style Anki note: template ord 0 (Card 1) is anki:GUID as it always was, Card N
     * (ord N-1) is anki:GUID:tN, so re-importing updates each template's card in place.
     */
    static String ankiTemplate(byte[] guid, int ord) {
        return ord == 0 ? anki(guid, 0) : anki(guid, 0) + ":t" + (ord + 1);
    }

    /** A short stable hash of a text (12 hex digits of its SHA-1). */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deck name as an id part: spaces and ':' become '-'. */
    static String part(String deck) {
        return deck.strip().replaceAll("[\\s:]+", "-");
    }
}
