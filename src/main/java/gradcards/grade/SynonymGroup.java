package gradcards.grade;

import java.util.List;

/** One group of synonyms.json as written: accepted forms and rejects, entries "@name" referring to groups. */
record SynonymGroup(String name, List<String> accept, List<String> reject) {

    /** Copies the lists. */
    SynonymGroup {
        accept = List.copyOf(accept);
        reject = List.copyOf(reject);
    }
}
