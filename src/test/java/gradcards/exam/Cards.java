package gradcards.exam;

import gradcards.content.Flashcard;
import gradcards.content.MultipleChoice;
import gradcards.content.ShortAnswer;
import gradcards.content.TrueFalse;
import gradcards.content.Card;
import gradcards.content.CardInfo;
import gradcards.content.CardType;
import gradcards.content.Topic;
import gradcards.i18n.Text;
import java.util.List;

/** Small hand-made cards for the exam tests. */
final class Cards {
    private Cards() {
    }

    static CardInfo info(String id, CardType type, Topic topic, int subject) {
        Text t = Text.of(id, id);
        return new CardInfo(id, "test", type, List.of("S01"), topic, subject, false, t, t, t, null, null);
    }

    static Card mcq(String id, Topic topic, int subject) {
        return mcq(id, topic, subject, 1);
    }

    static Card mcq(String id, Topic topic, int subject, int key) {
        List<Text> choices = List.of(Text.of("가", "a"), Text.of("나", "b"), Text.of("다", "c"), Text.of("라", "d"));
        return new MultipleChoice(info(id, MultipleChoice.TYPE, topic, subject), false, choices, key);
    }

    static Card ox(String id, Topic topic, int subject) {
        return new TrueFalse(info(id, TrueFalse.TYPE, topic, subject), true);
    }

    static Card flash(String id, Topic topic, int subject) {
        return new Flashcard(info(id, Flashcard.TYPE, topic, subject));
    }

    static Card shortAnswer(String id, Topic topic, int subject) {
        return new ShortAnswer(info(id, ShortAnswer.TYPE, topic, subject), null);
    }

}
