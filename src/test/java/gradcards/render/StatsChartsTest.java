package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.Card;
import gradcards.content.ContentLoader;
import gradcards.i18n.Lang;
import gradcards.srs.CardState;
import gradcards.srs.Memory;
import gradcards.srs.Parameters;
import gradcards.srs.StudyDay;
import gradcards.study.ReviewTally;
import gradcards.study.StudyStats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsChartsTest {
    static final Instant NOW = Instant.parse("2026-12-10T12:00:00Z");
    final StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
    final List<Card> cards = ContentLoader.folder(Path.of("src/test/resources/gradcards/decks/mini")).content().cards();

    private StudyStats stats() {
        Random rnd = new Random(3);
        ReviewTally t = new ReviewTally(day, NOW, Parameters.defaults());
        for (int c = 0; c < 40; c++) {
            long at = NOW.toEpochMilli() - 200L * 86_400_000L + rnd.nextInt(20) * 86_400_000L;
            double s = 1;
            t.add("c" + c, at, 3, "New", s);
            for (int r = 0; r < 8 && at < NOW.toEpochMilli() - 86_400_000L * 30; r++) {
                at += (long) (s * 86_400_000L * (0.5 + rnd.nextDouble()));
                int rating = rnd.nextInt(5) == 0 ? 1 : 3;
                s = rating == 1 ? Math.max(0.5, s / 3) : s * 2.5;
                t.add("c" + c, at, rating, "Review", s);
            }
        }
        Map<String, Memory> mem = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            mem.put(cards.get(i).id(), new Memory(CardState.REVIEW, 0, 5, 5, NOW.plus(Duration.ofDays(i * 3L)),
                    NOW.minus(Duration.ofDays(2)), 3, 0));
        }
        return StudyStats.of(cards, mem, t, NOW, day);
    }

    @Test
    void screenFitsEightyColumnsAndHeatmapRowsAlignInBothLanguages() {
        StudyStats s = stats();
        for (Lang lang : Lang.values()) {
            List<String> lines = new StatsView(lang, new Style(true)).render(s, day.dateOf(NOW).toString(), s.streak(), 0.9);
            for (String l : lines) assertThat(Cells.width(l)).as("%s: %s", lang, l).isLessThanOrEqualTo(80);
            List<String> heat = new StatsCharts(lang, new Style(true)).heatmap(s.daily(), day.dateOf(NOW));
            assertThat(heat).hasSize(9); // month header, 7 weekdays, legend
            int firstWidth = -1;
            for (int d = 1; d <= 7; d++) {
                String row = heat.get(d);
                // the cells start in column 6 on every row: the label plus its padding is 4 columns wide
                String label = row.substring(2, row.indexOf(' ', 2));
                assertThat(Cells.width(label)).isEqualTo(2);
                String afterLabel = row.substring(2 + label.length());
                assertThat(Cells.width(row) - Cells.width(afterLabel.stripLeading())).as(row).isEqualTo(6);
                if (firstWidth < 0) firstWidth = Cells.width(row);
            }
            // every past day is one cell: a Monday row holds all 26 weeks (2 columns a week but the last)
            assertThat(Cells.width(heat.get(1))).isEqualTo(6 + StatsCharts.WEEKS * 2 - 1);
        }
    }

    @Test
    void heatmapMarksEachStudyDayInItsWeekdayRowAndWeekColumn() {
        LocalDate today = LocalDate.of(2026, 12, 10); // a Thursday
        LocalDate start = StatsCharts.heatmapStart(today);
        assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        LocalDate studied = today.minusDays(9); // Tuesday, week column 24
        List<String> heat = new StatsCharts(Lang.EN, new Style(true)).heatmap(Map.of(studied, 4), today);
        String tuesday = heat.get(studied.getDayOfWeek().getValue());
        int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, studied) / 7);
        assertThat(tuesday.charAt(6 + week * 2)).isEqualTo('█');
        assertThat(tuesday.chars().filter(ch -> ch == '█').count()).isEqualTo(1);
    }

    @Test
    void jsonCarriesEveryFigure() throws Exception {
        StudyStats s = stats();
        JsonNode j = new ObjectMapper().readTree(StatsJson.of(s, s.streak()));
        assertThat(j.fieldNames()).toIterable().contains("cards", "answers_per_day", "answers_today", "retention_30d",
                "streak", "best_streak", "study_days", "answers_by_day", "due_forecast", "calibration");
        assertThat(j.get("due_forecast")).hasSize(StudyStats.FORECAST_DAYS);
        int sum = 0;
        for (JsonNode n : j.get("due_forecast")) sum += n.asInt();
        assertThat(sum).isEqualTo(java.util.Arrays.stream(s.dueByDay()).sum());
        assertThat(j.get("best_streak").asInt()).isEqualTo(s.bestStreak());
        JsonNode cal = j.get("calibration");
        assertThat(cal.get("reviews").asInt()).isEqualTo(s.calibration().reviews()).isPositive();
        assertThat(cal.get("log_loss").asDouble()).isEqualTo(s.calibration().logLoss());
        assertThat(cal.get("bins")).hasSize(5);
        int n = 0;
        for (JsonNode b : cal.get("bins")) {
            assertThat(b.has("from") && b.has("to") && b.has("predicted") && b.has("observed")).isTrue();
            n += b.get("count").asInt();
        }
        assertThat(n).isEqualTo(s.calibration().reviews());
        assertThat(j.get("answers_by_day").size()).isEqualTo(s.daily().size());
    }
}
