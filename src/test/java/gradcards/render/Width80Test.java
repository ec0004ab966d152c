package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.config.SettingKey;
import gradcards.content.ContentLoader;
import gradcards.content.ContentStats;
import gradcards.i18n.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `config` and `content stats` at 80 columns (Hangul counted 2 wide) and readable in the interface language. */
class Width80Test {

    private static void fits(List<String> lines, int columns) {
        assertThat(lines).isNotEmpty();
        for (String l : lines) assertThat(Cells.width(l)).as(l).isLessThan(columns);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void configTableFits80And100Columns(Lang lang) {
        Map<String, String> stored = Map.of("exam-date", "2026-12-21", "learning-steps", "1m 10m 1h");
        fits(ConfigTable.lines(stored, lang, 80, new Style(true)), 80);
        fits(ConfigTable.lines(stored, lang, 100, new Style(true)), 100);
        String all = String.join("\n", ConfigTable.lines(stored, lang, 80, new Style(true)));
        for (SettingKey k : SettingKey.values()) assertThat(all).contains(" " + k.key() + " ");
        if (lang == Lang.KO) {
            assertThat(all).contains("허용 값", "또는 none", "on 또는 off", "0–23시", "망각 0–99번").doesNotContain(" or ", "hour");
        } else {
            assertThat(all).contains("allowed", "on or off", "hour 0–23").doesNotContain("또는");
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void contentStatsFit80ColumnsWithTypeAndTopicNamesInTheLanguage(Lang lang) {
        ContentStats s = ContentStats.of(ContentLoader.bundled().content());
        List<String> lines = new ContentStatsView(lang, new Style(true), 80).render(s);
        fits(lines, 80);
        String all = String.join("\n", lines);
        if (lang == Lang.KO) {
            assertThat(all).contains("카드 283장", "플래시카드", "4지선다", "단답형", "빈칸", "해결책", "기울기 폭주", "3과목",
                    "사실", "데모", "다루지 않은 사실").doesNotContain("flashcard", "mcq", "remedy", "cards", "types");
        } else {
            assertThat(all).contains("283 cards", "Flashcard", "4-choice", "remedy", "subject 3", "facts not covered")
                    .doesNotContain("플래시카드");
        }
    }
}
