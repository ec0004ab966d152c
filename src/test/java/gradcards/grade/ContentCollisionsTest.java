package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Content check of synonyms.json: a term of one group must not pass as another group's answer, neither exactly
 * nor as a lenient typo (that is what rejects are for).
 */
class ContentCollisionsTest {

    /** "group:form → other group" for every accepted form that passes as another group's answer. */
    static List<String> collisions(Synonyms s) {
        Map<String, AnswerKey> keys = new LinkedHashMap<>();
        for (String g : s.groupNames()) keys.put(g, s.key(g));
        Grader lenient = new Grader(false);
        List<String> out = new ArrayList<>();
        for (String a : keys.keySet()) {
            for (String form : keys.get(a).accept()) {
                for (String b : keys.keySet()) {
                    Result r = a.equals(b) ? null : lenient.grade(form, keys.get(b));
                    if (r != null && r.correct()) out.add(a + ":" + form + " → " + b + " (" + r.reason() + ")");
                }
            }
        }
        return out;
    }

    @Test
    void noTermOfTheBundledFilePassesForAnotherGroup() {
        assertThat(collisions(Bundled.synonyms())).isEmpty();
    }

    @Test
    void theCheckFindsExactAndTypoCollisions() {
        String json = "{\"groups\":{\"a\":{\"accept\":[\"dropout\",\"shared\"]},\"b\":{\"accept\":[\"dropuot\"]},"
                + "\"c\":{\"accept\":[\"shared\"]},\"d\":{\"accept\":[\"dropouts\"],\"reject\":[\"@a\"]}}}";
        Synonyms s = Synonyms.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(collisions(s)).containsExactlyInAnyOrder("a:dropout → b (typo)", "a:shared → c (exact)",
                "b:dropuot → a (typo)", "c:shared → a (exact)", "d:dropouts → a (typo)");
    }
}
