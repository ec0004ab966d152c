package gradcards.study;

import gradcards.srs.StudyDay;
import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.content.Topic;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyStatsTest {
    static final Instant NOW = Instant.parse("2026-12-10T12:00:00Z");
    final List<Card> cards = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content().cards();
    final StudyDay day = new StudyDay(ZoneOffset.UTC, 4);

    private static Memory memory(CardState s, Instant due) {
        return new Memory(s, 0, 3, 5, due, NOW.minus(Duration.ofDays(2)), 3, 0);
    }

    private static StudyStats.Answer answer(long daysAgo, Rating r, CardState before) {
        return new StudyStats.Answer(NOW.minus(Duration.ofDays(daysAgo)), r, before);
    }

    @Test
    void countsStatesForecastRetentionAndMastery() {
        Map<String, Memory> memories = Map.of(
                "mini-fc-01", memory(CardState.REVIEW, NOW.plus(Duration.ofDays(1))),
                "mini-mcq-01", memory(CardState.REVIEW, NOW.plus(Duration.ofDays(5))),
                "mini-ox-01", memory(CardState.LEARNING, NOW.plus(Duration.ofMinutes(10))));
        List<StudyStats.Answer> log = List.of(
                answer(0, Rating.GOOD, CardState.NEW), answer(0, Rating.AGAIN, CardState.LEARNING),
                answer(3, Rating.GOOD, CardState.REVIEW), answer(3, Rating.AGAIN, CardState.REVIEW),
                answer(3, Rating.EASY, CardState.REVIEW), answer(40, Rating.AGAIN, CardState.REVIEW));
        StudyStats s = StudyStats.of(cards, memories, log, NOW, day);
        assertThat(s.byState()).containsEntry(CardState.NEW, 2).containsEntry(CardState.REVIEW, 2)
                .containsEntry(CardState.LEARNING, 1);
        assertThat(s.answersToday()).isEqualTo(2);
        assertThat(s.rightToday()).isEqualTo(0.5);
        assertThat(s.answersPerDay()[StudyStats.DAYS - 1]).isEqualTo(2);
        assertThat(s.answersPerDay()[StudyStats.DAYS - 4]).isEqualTo(3);
        assertThat(s.reviewedInReview()).isEqualTo(3); // the review 40 days ago is outside the 30-day window
        assertThat(s.retention()).isEqualTo(2.0 / 3);
        assertThat(s.dueTomorrow()).isEqualTo(2);
        assertThat(s.dueWeek()).isEqualTo(3);
        assertThat(s.masteryByTopic().get(Topic.DEFINITION)).containsExactly(1, 1);
        assertThat(s.masteryByTopic().get(Topic.CAUSE)).containsExactly(1, 3);
        assertThat(s.masteryBySubject().get(3)).containsExactly(2, 5);
    }

    @Test
    void withoutReviewsRetentionIsUnknown() {
        StudyStats s = StudyStats.of(cards, Map.of(), List.of(), NOW, day);
        assertThat(s.retention()).isNaN();
        assertThat(s.byState()).containsEntry(CardState.NEW, 5);
    }
}
