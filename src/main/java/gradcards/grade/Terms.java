package gradcards.grade;

import java.util.Map;
import java.util.Set;

/**
 * The terms the synonym file knows, folded: each accepted form with the groups that accept it, and each form
 * named only as a reject with no group. Tells whether adding a generic noun turns an answer into another one
 * ("손실" + "함수" is the loss function, "ReLU" + "함수" is still ReLU).
 */
public final class Terms {
    /** No known terms: a generic noun may always be dropped. */
    public static final Terms NONE = new Terms(Map.of());
    private final Map<String, Set<String>> groupsByForm;

    /** Folded form → names of the groups accepting it (empty for a form known only as a reject). */
    Terms(Map<String, Set<String>> groupsByForm) {
        Map<String, Set<String>> copy = new java.util.HashMap<>();
        groupsByForm.forEach((form, groups) -> copy.put(form, Set.copyOf(groups)));
        this.groupsByForm = Map.copyOf(copy);
    }

    /**
     * Whether the folded answer {@code whole} is a term of its own that means something else than
     * {@code bare}, the same answer without its generic noun: it is known, and no group accepting it accepts bare.
     */
    boolean anotherAnswer(String whole, String bare) {
        Set<String> wholeGroups = groupsByForm.get(whole);
        if (wholeGroups == null) return false;
        Set<String> bareGroups = groupsByForm.getOrDefault(bare, Set.of());
        return wholeGroups.stream().noneMatch(bareGroups::contains);
    }
}
