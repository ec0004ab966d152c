package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.i18n.Lang;
import gradcards.render.Cells;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void showsLabelBarStepAndLossInOneLine() {
        String line = ProgressLine.line("bn", 60, 150, 0.53124, Lang.EN, 80);
        assertThat(line).isEqualTo(" bn  ████████░░░░░░░░░░░░  60/150  loss 0.5312");
        assertThat(ProgressLine.line("시드 3 · 배치 정규화", 1, 2, 1, Lang.KO, 30)).satisfies(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(29));
    }

    @Test
    void redrawsInPlaceOnlyWhenThePercentageChangesAndClearsAtTheEnd() {
        StringWriter s = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(s), Lang.EN, 80);
        for (int k = 0; k <= 10_000; k++) p.update("relu", k, 10_000, 0.7);
        p.clear();
        String out = s.toString();
        long redraws = out.split("\r\u001b\\[K", -1).length - 1;
        assertThat(redraws).isEqualTo(101 + 1);
        assertThat(out).endsWith("\r\u001b[K").doesNotContain("\n");
    }

    @Test
    void aStageWithoutLossShowsLabelBarAndCount() {
        assertThat(ProgressLine.line("answer writes", 500, 1000, Double.NaN, Lang.EN, 80))
                .isEqualTo(" answer writes  ██████████░░░░░░░░░░  500/1000");
    }

    @Test
    void clearWritesNothingWhenNothingWasShown() {
        StringWriter s = new StringWriter();
        new ProgressLine(new PrintWriter(s), Lang.EN, 80).clear();
        assertThat(s.toString()).isEmpty();
    }
}
