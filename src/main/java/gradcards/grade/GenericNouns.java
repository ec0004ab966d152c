package gradcards.grade;

import java.util.Comparator;
import java.util.List;

/**
 * Generic nouns a learner may put after a right answer without changing it: "Leaky ReLU 활성화 함수",
 * "드롭아웃 기법", "momentum method". The list is closed and documented in the README.
 */
final class GenericNouns {
    /** Folded, longest first so "활성화 함수" goes before "함수". */
    static final List<String> FOLDED = List.of("활성화 함수", "활성 함수", "함수", "기법", "방법", "알고리즘", "규제",
                    "activation function", "function", "method", "technique", "algorithm", "regularization",
                    "regularisation").stream()
            .map(AnswerNormalizer::fold).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private GenericNouns() {
    }

    /** The folded answer without its one trailing generic noun, or null when it ends in none (or is only one). */
    static String strip(String folded) {
        for (String noun : FOLDED) {
            if (folded.endsWith(noun) && folded.length() > noun.length()) {
                return folded.substring(0, folded.length() - noun.length());
            }
        }
        return null;
    }
}
