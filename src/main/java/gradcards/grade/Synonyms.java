package gradcards.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared synonym groups of synonyms.json, and the expansion of a card's accept/reject lists into an
 * {@link AnswerKey}: "@g" on the accept side brings g's forms (and g's rejects as rejects), on the reject side
 * g's accepted forms. Rejects inherited from a group yield to forms the card itself accepts; rejects the card
 * lists always win.
 */
public final class Synonyms {
    private static final String REF = "@";
    private final Map<String, SynonymGroup> groups;
    private final Terms terms;

    private Synonyms(Map<String, SynonymGroup> groups) {
        this.groups = groups;
        for (String name : groups.keySet()) acceptedForms(name, new ArrayDeque<>());
        for (SynonymGroup g : groups.values()) rejectedForms(g.name());
        this.terms = terms();
    }

    /** Every folded form of the file with the groups accepting it; forms only ever rejected get no group. */
    private Terms terms() {
        Map<String, Set<String>> byForm = new HashMap<>();
        for (String name : groups.keySet()) {
            for (String f : acceptedForms(name, new ArrayDeque<>())) {
                byForm.computeIfAbsent(AnswerNormalizer.fold(f), k -> new HashSet<>()).add(name);
            }
        }
        for (String name : groups.keySet()) {
            for (String f : rejectedForms(name)) byForm.computeIfAbsent(AnswerNormalizer.fold(f), k -> new HashSet<>());
        }
        return new Terms(byForm);
    }

    /** Reads {"groups": {"name": {"accept": [...], "reject": [...]}}}; IllegalArgumentException when malformed. */
    public static Synonyms load(InputStream in) {
        try {
            return new Synonyms(SynonymsJson.groups(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new IllegalArgumentException("synonyms.json is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The names of all groups, in file order. */
    public Set<String> groupNames() {
        return Collections.unmodifiableSet(groups.keySet());
    }

    /** The key of a card's answer; null lists count as empty, a null tolerance as the default 1e-3. */
    public AnswerKey key(List<String> accept, List<String> reject, Double numeric, Double tolerance,
                         boolean strictTypos) {
        Set<String> acc = new LinkedHashSet<>();
        Set<String> inherited = new LinkedHashSet<>();
        for (String e : orEmpty(accept)) {
            acc.addAll(isRef(e) ? acceptedForms(ref(e), new ArrayDeque<>()) : List.of(e));
            if (isRef(e)) inherited.addAll(rejectedForms(ref(e)));
        }
        Set<String> rej = new LinkedHashSet<>();
        for (String e : orEmpty(reject)) rej.addAll(isRef(e) ? acceptedForms(ref(e), new ArrayDeque<>()) : List.of(e));
        Set<String> accFolded = folded(acc);
        inherited.removeIf(f -> accFolded.contains(AnswerNormalizer.fold(f)));
        rej.addAll(inherited);
        double tol = tolerance == null ? AnswerKey.DEFAULT_TOLERANCE : tolerance;
        return new AnswerKey(List.copyOf(acc), List.copyOf(rej), numeric, tol, strictTypos, terms);
    }

    /** The key of one group on its own: its forms accepted, its rejects rejected. */
    public AnswerKey key(String group) {
        return key(List.of(REF + group), List.of(), null, null, false);
    }

    /** A group's accepted forms with nested "@" references expanded (cycles are an error). */
    private List<String> acceptedForms(String name, Deque<String> path) {
        SynonymGroup g = group(name);
        if (path.contains(name)) throw new IllegalArgumentException("synonym groups refer to each other in a cycle: "
                + String.join(" → @", path) + " → @" + name);
        path.push(name);
        Set<String> out = new LinkedHashSet<>();
        for (String e : g.accept()) out.addAll(isRef(e) ? acceptedForms(ref(e), path) : List.of(e));
        path.pop();
        return new ArrayList<>(out);
    }

    /** A group's rejects: its own (references give their accepted forms) plus those of groups it accepts. */
    private List<String> rejectedForms(String name) {
        SynonymGroup g = group(name);
        Set<String> out = new LinkedHashSet<>();
        for (String e : g.reject()) out.addAll(isRef(e) ? acceptedForms(ref(e), new ArrayDeque<>()) : List.of(e));
        for (String e : g.accept()) {
            if (isRef(e)) out.addAll(rejectedForms(ref(e)));
        }
        return new ArrayList<>(out);
    }

    private SynonymGroup group(String name) {
        SynonymGroup g = groups.get(name);
        if (g == null) throw new IllegalArgumentException("unknown synonym group @" + name);
        return g;
    }

    private static Set<String> folded(Set<String> forms) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms) out.add(AnswerNormalizer.fold(f));
        return out;
    }

    private static boolean isRef(String entry) {
        return entry.startsWith(REF);
    }

    private static String ref(String entry) {
        return entry.substring(REF.length()).strip();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
