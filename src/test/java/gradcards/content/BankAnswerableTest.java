package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.grade.AnswerKey;
import gradcards.grade.Grader;
import gradcards.grade.Synonyms;
import gradcards.grade.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every typed-answer card of the bundled bank can be answered: its own accepted forms pass the exam-strict grader. */
class BankAnswerableTest {
    private final Content bank = ContentLoader.bundled().content();
    private final Synonyms synonyms = Synonyms.load(new ByteArrayInputStream(bank.synonymsJson().getBytes(StandardCharsets.UTF_8)));
    private final Grader strict = new Grader(true);

    private AnswerKey key(AnswerSpec s) {
        return synonyms.key(s.accept(), s.reject(), s.numeric(), s.tolerance(), s.strictTypos());
    }

    /** A form a learner could type for a blank: its first accepted text, else its number. */
    private String typed(AnswerKey k) {
        if (!k.accept().isEmpty()) return k.accept().get(0);
        return String.valueOf(k.numeric());
    }

    @Test
    void everyAcceptedFormOfEveryShortAnswerIsAccepted() {
        List<String> failures = new ArrayList<>();
        for (Card c : bank.cards()) {
            if (!(c instanceof ShortAnswer s)) continue;
            AnswerKey k = key(s.answer());
            for (String form : k.accept()) {
                if (strict.grade(form, k).verdict() != Verdict.CORRECT) failures.add(c.id() + ": " + form);
            }
            if (k.numeric() != null && strict.grade(String.valueOf(k.numeric()), k).verdict() != Verdict.CORRECT) {
                failures.add(c.id() + ": its number " + k.numeric());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyClozeCanBeFilledInFromItsOwnKeys() {
        List<String> failures = new ArrayList<>();
        for (Card c : bank.cards()) {
            if (!(c instanceof Cloze z)) continue;
            List<AnswerKey> keys = z.blanks().stream().map(this::key).toList();
            String input = String.join(", ", keys.stream().map(this::typed).toList());
            if (strict.gradeCloze(input, keys, z.unordered()).verdict() != Verdict.CORRECT) failures.add(c.id() + ": " + input);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void multipleChoiceOptionsAreDistinctInBothLanguages() {
        for (Card c : bank.cards()) {
            if (!(c instanceof MultipleChoice m)) continue;
            assertThat(new HashSet<>(m.choices().stream().map(t -> t.ko()).toList())).as(c.id()).hasSize(4);
            assertThat(new HashSet<>(m.choices().stream().map(t -> t.en()).toList())).as(c.id()).hasSize(4);
        }
    }
}
